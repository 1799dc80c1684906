import { readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { buildReport, diffPackages, type FunctionInput, type ReportInput } from '../../src/report/model.js'
import {
  code,
  commentMarker,
  escapeText,
  headline,
  renderMarkdown,
  signedBytes,
} from '../../src/report/markdown.js'
import { formatBytes } from '../../src/core/format.js'
import { MAX_UNZIPPED_BYTES } from '../../src/core/limits.js'

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..')

const KB = 1024
const MB = 1024 * 1024
const ARN = 'arn:aws:lambda:eu-west-1:123456789012:layer:deps'
/** A 38.6 MB bundle minus the 20 KB function. */
const DEPS = Math.round(38.6 * MB) - 20 * KB

function fn(name: string, overrides: Partial<FunctionInput> = {}): FunctionInput {
  return {
    name,
    region: 'eu-west-1',
    codeSize: 20 * KB,
    layers: [{ arn: `${ARN}:17`, codeSize: DEPS }],
    status: 'current',
    ...overrides,
  }
}

function input(overrides: Partial<ReportInput> = {}): ReportInput {
  return {
    layerName: 'deps',
    runtime: 'python3.12',
    architectures: ['x86_64'],
    mode: 'apply',
    eventName: 'push',
    plan: 'reuse',
    published: false,
    cacheHit: true,
    fingerprint: 'ab'.repeat(32),
    current: { version: 17, arn: `${ARN}:17`, zipSize: DEPS },
    previous: { version: 17, zipSize: DEPS, unzippedSize: 120 * MB },
    functions: Array.from({ length: 12 }, (_, i) => fn(`api-${i + 1}`)),
    packages: [
      { name: 'numpy', version: '2.1.0', size: 60 * MB },
      { name: 'pandas', version: '2.2.3', size: 50 * MB },
      { name: 'six', version: '1.16.0', size: 10 * KB },
    ],
    commitSha: '0123456789abcdef0123456789abcdef01234567',
    runUrl: 'https://github.com/octo-org/octo-repo/actions/runs/42',
    repository: 'octo-org/octo-repo',
    ...overrides,
  }
}

describe('formatBytes', () => {
  it('uses binary units with one decimal, dropping .0', () => {
    expect(formatBytes(0)).toBe('0 B')
    expect(formatBytes(1023)).toBe('1023 B')
    expect(formatBytes(20 * KB)).toBe('20 KB')
    expect(formatBytes(38.6 * MB)).toBe('38.6 MB')
    expect(formatBytes(MAX_UNZIPPED_BYTES)).toBe('250 MB')
    expect(formatBytes(MB - 1)).toBe('1 MB')
    expect(signedBytes(-1536)).toBe('−1.5 KB')
    expect(signedBytes(2 * MB)).toBe('+2 MB')
  })
})

describe('headline', () => {
  it('reused layer: the sentence from the design', () => {
    expect(headline(buildReport(input()))).toBe(
      '12 functions ship 20 KB packages instead of 38.6 MB each; layer v17 reused',
    )
  })

  it('published in this run', () => {
    const report = buildReport(
      input({
        plan: 'publish',
        published: true,
        cacheHit: false,
        current: { version: 18, arn: `${ARN}:18` },
        zip: { zipSize: DEPS, unzippedSize: 121 * MB },
        functions: [fn('api', { status: 'updated', layers: [{ arn: `${ARN}:18`, codeSize: DEPS }] })],
      }),
    )
    expect(headline(report)).toBe('1 function ships a 20 KB package instead of 38.6 MB; layer v18 published')
  })

  it('first version', () => {
    const report = buildReport(
      input({
        plan: 'publish',
        published: true,
        previous: undefined,
        current: { version: 1, arn: `${ARN}:1` },
        zip: { zipSize: 5 * MB, unzippedSize: 15 * MB },
        functions: [],
      }),
    )
    expect(report.layer.status).toBe('first-publish')
    expect(headline(report)).toBe(
      '5 MB of dependencies live in layer deps; layer v1 published (first version)',
    )
  })

  it('plan mode: would publish on merge', () => {
    const report = buildReport(
      input({
        mode: 'plan',
        eventName: 'pull_request',
        plan: 'publish',
        current: undefined,
        zip: { zipSize: 40 * MB, unzippedSize: 125 * MB },
        functions: [
          fn('a', { status: 'would-update' }),
          fn('b', { status: 'would-update', codeSize: 40 * KB }),
        ],
      }),
    )
    expect(report.layer.status).toBe('would-publish')
    expect(headline(report)).toBe(
      '2 functions ship 20–40 KB packages instead of 40 MB each; new layer version would publish on merge (replacing v17)',
    )
  })

  it('plan mode without AWS access', () => {
    const report = buildReport(
      input({
        mode: 'plan',
        plan: 'unknown',
        current: undefined,
        previous: undefined,
        functions: [],
        zip: undefined,
      }),
    )
    expect(headline(report)).toBe('Layer status unknown without AWS access')
  })

  it('mentions failed, missing and oversized functions', () => {
    const report = buildReport(
      input({
        functions: [
          fn('ok'),
          fn('broken', { status: 'failed', error: 'ResourceConflictException: update in progress' }),
          fn('gone', { status: 'missing', codeSize: undefined, layers: [] }),
          fn('huge', { codeSize: 200 * MB }),
        ],
      }),
    )
    expect(headline(report)).toBe(
      '3 functions ship 20 KB–200 MB packages instead of 38.6–238.6 MB each; layer v17 reused; ' +
        '1 function failed to update; 1 function not found; 1 function over the 250 MB unzipped limit',
    )
  })
})

describe('buildReport numbers', () => {
  it('counts what bundling would have uploaded', () => {
    const report = buildReport(input())
    expect(report.savings).toMatchObject({
      functionCount: 12,
      packageMin: 20 * KB,
      bundledMax: DEPS + 20 * KB,
      uploadWithLayer: 12 * 20 * KB,
      notUploaded: 12 * DEPS,
    })
  })

  it('a published layer is uploaded once', () => {
    const zip = { zipSize: 10 * MB, unzippedSize: 30 * MB }
    const report = buildReport(
      input({ plan: 'publish', published: true, zip, current: { version: 18, arn: `${ARN}:18` } }),
    )
    expect(report.savings?.uploadWithLayer).toBe(12 * 20 * KB + 10 * MB)
    expect(report.savings?.notUploaded).toBe(11 * 10 * MB)
  })

  it('headroom is exact only when every part is known unzipped', () => {
    const report = buildReport(
      input({
        functions: [
          fn('known', { unzippedSize: 50 * KB }),
          fn('estimated', {
            layers: [
              { arn: `${ARN}:17`, codeSize: 38 * MB },
              { arn: 'arn:aws:lambda:eu-west-1:1:layer:x:3', codeSize: MB },
            ],
          }),
        ],
      }),
    )
    const [known, estimated] = report.functions
    // Our layer's v17 unzipped size is known from the latest version: 120 MB.
    expect(known.unzippedTotal).toEqual({ bytes: 50 * KB + 120 * MB, lowerBound: false })
    expect(known.headroom).toBe(MAX_UNZIPPED_BYTES - 50 * KB - 120 * MB)
    expect(estimated.unzippedTotal).toEqual({ bytes: 20 * KB + 120 * MB + MB, lowerBound: true })
  })

  it('plan mode projects the new zip into the function', () => {
    const report = buildReport(
      input({
        mode: 'plan',
        plan: 'publish',
        current: undefined,
        zip: { zipSize: 80 * MB, unzippedSize: 249 * MB },
        functions: [fn('a', { status: 'would-update', unzippedSize: 2 * MB })],
      }),
    )
    expect(report.functions[0].unzippedTotal).toEqual({ bytes: 251 * MB, lowerBound: false })
    expect(report.functions[0].overLimit).toBe(true)
  })

  it('flags more than 5 layers', () => {
    const layers = Array.from({ length: 6 }, (_, i) => ({
      arn: `arn:aws:lambda:eu-west-1:1:layer:l${i}:1`,
      codeSize: KB,
    }))
    expect(buildReport(input({ functions: [fn('a', { layers })] })).functions[0].tooManyLayers).toBe(true)
  })

  it('diffs packages: added, removed, grown, shrunk, changed', () => {
    const diff = diffPackages(
      [
        { name: 'a', version: '1', size: 100 },
        { name: 'b', version: '1', size: 100 },
        { name: 'c', version: '1', size: 100 },
        { name: 'd', version: '1', size: 100 },
        { name: 'same', version: '1', size: 5 },
      ],
      [
        { name: 'b', version: '2', size: 300 },
        { name: 'c', version: '2', size: 50 },
        { name: 'd', version: '2', size: 100 },
        { name: 'e', version: '1', size: 1000 },
        { name: 'same', version: '1', size: 5 },
      ],
      17,
    )
    expect(diff.changes.map((c) => [c.name, c.kind, c.delta])).toEqual([
      ['e', 'added', 1000],
      ['b', 'grown', 200],
      ['a', 'removed', -100],
      ['c', 'shrunk', -50],
      ['d', 'changed', 0],
    ])
    expect(diff.unchangedCount).toBe(1)
  })
})

describe('renderMarkdown', () => {
  it('has the headline first, a before/after table, details and a footer', () => {
    const md = renderMarkdown(
      buildReport(
        input({
          publishedPackages: [
            { name: 'numpy', version: '2.0.0', size: 58 * MB },
            { name: 'pandas', version: '2.2.3', size: 50 * MB },
            { name: 'requests', version: '2.32.0', size: 400 * KB },
          ],
        }),
      ),
      { marker: commentMarker('deps', ['x86_64']) },
    )
    const lines = md.split('\n')
    expect(lines[0]).toBe('<!-- layer-action:deps:x86_64 -->')
    expect(lines[1]).toBe('**12 functions ship 20 KB packages instead of 38.6 MB each; layer v17 reused**')
    expect(md).toContain('| Function package | 38.6 MB | 20 KB |')
    expect(md).toContain('| Uploaded for 12 functions | 463.2 MB | 240 KB |')
    expect(md).toContain('<details><summary>Functions (12: 12 already current)</summary>')
    expect(md).toContain(
      '| `api-1` | eu-west-1 | already current | 20 KB | 38.6 MB | 1 | ≥ 120 MB | ≤ 130 MB |',
    )
    expect(md).toContain('<details><summary>Largest packages (top 3 of 3)</summary>')
    expect(md).toContain('| `numpy` | `2.1.0` | 60 MB | 54.5% |')
    expect(md).toContain('<summary>Package changes against v17: 1 added, 1 removed, 1 grown</summary>')
    expect(md).toContain('| `numpy` | grown | 2.0.0 · 58 MB | 2.1.0 · 60 MB | +2 MB |')
    expect(md).toContain('| `requests` | removed | 2.32.0 · 400 KB | – | −400 KB |')
    expect(md).toContain('```mermaid\npie\n  title Unzipped MB by package\n  "numpy" : 60.00')
    expect(md).toMatch(
      /<sub>Commit \[0123456\]\(https:\/\/github\.com\/octo-org\/octo-repo\/commit\/0123456789abcdef/,
    )
    expect(md).toContain('[Workflow run](https://github.com/octo-org/octo-repo/actions/runs/42)')
    // Every <details> is closed.
    expect(md.split('<details>').length).toBe(md.split('</details>').length)
  })

  it('marks lower bounds with ≥ and headroom upper bounds with ≤', () => {
    const md = renderMarkdown(
      buildReport(input({ previous: { version: 17 }, functions: [fn('a', { status: 'updated' })] })),
    )
    expect(md).toContain('| ≥ 38.6 MB | ≤ 211.4 MB |')
  })

  it('shows failed functions with their error, escaped', () => {
    const md = renderMarkdown(
      buildReport(
        input({ functions: [fn('a', { status: 'failed', error: 'Bad <input> | *really*\nsecond line' })] }),
      ),
    )
    expect(md).toContain('❌ failed: Bad &lt;input&gt; \\| \\*really\\* second line')
  })

  it('escapes names from users and packages', () => {
    const nasty = 'fn|<img src=x>*_[x](y)`tick`'
    const md = renderMarkdown(
      buildReport(
        input({
          layerName: 'deps_*layer*',
          functions: [fn(nasty)],
          packages: [{ name: '@scope/pkg|<b>', version: '1.0`', size: MB }],
        }),
      ),
    )
    // Inside code spans markdown and HTML are inert; pipes still need a backslash in table cells.
    expect(md).toContain('| `` fn\\|<img src=x>*_[x](y)`tick` `` |')
    expect(md).toContain('| `@scope/pkg\\|<b>` | `` 1.0` `` |')
    expect(md).toContain('Layer `deps_*layer*` ·')
    // The only raw `<img` is the one inside the code span above.
    expect(md.match(/<img/g)).toHaveLength(1)
    // Mermaid labels keep only safe characters.
    expect(md).toContain('"@scope/pkg__b_" : 1.00')
  })

  it('code() picks a fence longer than any backtick run', () => {
    expect(code('plain')).toBe('`plain`')
    expect(code('a``b')).toBe('```a``b```')
    expect(code('`x`')).toBe('`` `x` ``')
    expect(code('a|b', true)).toBe('`a\\|b`')
    expect(escapeText('# <b>&_x_')).toBe('# &lt;b&gt;&amp;\\_x\\_')
    expect(escapeText('uses: org/layer-action@v1 (#12)')).toBe(
      'uses: org/layer-action@&#8203;v1 (#&#8203;12)',
    )
  })

  it('shows the error of a plan that failed before it was complete, line by line', () => {
    const failure = 'build-command failed (exit code 3)\n\n  uses: org/layer-action@v1\n# not a heading'
    const md = renderMarkdown(buildReport(input({ plan: 'unknown', failure, functions: [] })))
    expect(md).toMatch(/^\*\*.*the run failed before its plan was complete\*\*$/im)
    expect(md).toContain(
      '> [!CAUTION]\n> build-command failed (exit code 3)\n> uses: org/layer-action@&#8203;v1\n> \\# not a heading',
    )
  })

  it('lists warnings without letting them start headings or lists', () => {
    const md = renderMarkdown(buildReport(input({ warnings: ['# not a heading', '1. not a list', 'plain'] })))
    expect(md).toContain('> [!WARNING]\n> - \\# not a heading\n> - 1\\. not a list\n> - plain')
  })

  it('collapses unchanged rows first when over the limit', () => {
    const functions = [
      ...Array.from({ length: 300 }, (_, i) => fn(`current-${i}`)),
      fn('moved', { status: 'updated' }),
    ]
    const report = buildReport(input({ functions }))
    const full = renderMarkdown(report, { maxLength: 1_000_000 })
    expect(full).toContain('current-299')
    const limit = full.length - 1
    const md = renderMarkdown(report, { maxLength: limit, marker: commentMarker('deps', ['x86_64']) })
    expect(md.length).toBeLessThanOrEqual(limit)
    expect(md).toContain('`moved`')
    expect(md).not.toContain('current-0')
    expect(md).toContain('300 unchanged functions already on the layer not listed')
  })

  it('truncates to the top N with "…and N more" at a small limit and keeps the marker', () => {
    const functions = Array.from({ length: 200 }, (_, i) => fn(`updated-${i}`, { status: 'updated' }))
    const marker = commentMarker('deps', ['arm64', 'x86_64'])
    const md = renderMarkdown(buildReport(input({ functions })), { maxLength: 4000, marker })
    expect(md.length).toBeLessThanOrEqual(4000)
    expect(md.startsWith(`${marker}\n`)).toBe(true)
    expect(md).toMatch(/…and (\d+) more\n/)
    const shown = (md.match(/`updated-\d+`/g) ?? []).length
    expect(md).toContain(`…and ${200 - shown} more`)
    expect(md.split('<details>').length).toBe(md.split('</details>').length)
  })

  it('cuts whole lines as a last resort, ending with "…and N more lines"', () => {
    const marker = commentMarker('deps', ['x86_64'])
    const md = renderMarkdown(buildReport(input({ warnings: ['w'.repeat(2000)] })), {
      maxLength: 300,
      marker,
    })
    expect(md.length).toBeLessThanOrEqual(300)
    expect(md.startsWith(`${marker}\n**12 functions ship`)).toBe(true)
    expect(md).toMatch(/\n\n…and \d+ more lines$/)
  })

  it("passes the README's check of the marker in the fork workflow, with and without regions", () => {
    const readme = readFileSync(path.join(REPO, 'README.md'), 'utf8')
    const pattern = /^\s*re='(.+)'$/m.exec(readme)?.[1]
    expect(pattern).toBeDefined()
    const re = new RegExp(pattern!)
    expect(commentMarker('shop-deps', ['x86_64'])).toMatch(re)
    expect(commentMarker('shop_deps', ['arm64', 'x86_64'], ['us-east-1', 'eu-west-1'])).toMatch(re)
    expect('<!-- layer-action:deps:x86_64 --><img src=x>').not.toMatch(re)
  })

  it('the marker is one per layer and architecture set', () => {
    expect(commentMarker('deps', ['x86_64', 'arm64'])).toBe('<!-- layer-action:deps:arm64,x86_64 -->')
    expect(commentMarker('a-->b<c', ['x86_64'])).toBe('<!-- layer-action:a-bc:x86_64 -->')
  })
})

describe('regions section', () => {
  it('shows what the run did in each region: sharing and pruning', () => {
    const md = renderMarkdown(
      buildReport(
        input({
          regions: [
            {
              region: 'eu-west-1',
              plan: 'publish',
              published: true,
              version: 18,
              notes: [
                'shared with 111122223333',
                'deleted old versions v3, v4',
                'kept v5 (in use by legacy|api)',
              ],
            },
          ],
        }),
      ),
    )
    expect(md).toContain('<summary>Regions (1)</summary>')
    expect(md).toMatch(
      /\| eu-west-1 \| publish \| v18 \| published; shared with 111122223333; deleted old versions v3, v4; kept v5 \(in use by legacy\\\|api\) \|/,
    )
  })

  it('stays out of a single-region report with nothing to say', () => {
    const md = renderMarkdown(
      buildReport(input({ regions: [{ region: 'eu-west-1', plan: 'reuse', published: false }] })),
    )
    expect(md).not.toContain('Regions (')
  })
})
