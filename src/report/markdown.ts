import { formatBytes } from '../core/format.js'
import { MAX_UNZIPPED_BYTES } from '../core/limits.js'
import type { Architecture } from '../core/runtimes.js'
import type { FunctionStatus } from '../core/types.js'
import {
  type FunctionRow,
  type LayerSummary,
  type PackageChange,
  type RegionRow,
  type Report,
} from './model.js'

/** GitHub rejects issue comments longer than this many characters. */
export const COMMENT_LIMIT = 65_536

export interface RenderOptions {
  /** Hidden first line that identifies the sticky comment. */
  marker?: string
  /** Maximum length of the whole output, marker included. */
  maxLength?: number
}

/** How much detail one rendering attempt includes; attempts go from generous to terse until one fits. */
interface Detail {
  collapseCurrent: boolean
  functionRows: number
  packageRows: number
  diffRows: number
  pieSlices: number
  regionRows: number
  warnings: number
}

const ALL = Number.POSITIVE_INFINITY
const DETAIL_LEVELS: Detail[] = [
  {
    collapseCurrent: false,
    functionRows: ALL,
    packageRows: 10,
    diffRows: 50,
    pieSlices: 8,
    regionRows: ALL,
    warnings: 20,
  },
  {
    collapseCurrent: true,
    functionRows: ALL,
    packageRows: 10,
    diffRows: 50,
    pieSlices: 8,
    regionRows: ALL,
    warnings: 20,
  },
  {
    collapseCurrent: true,
    functionRows: 100,
    packageRows: 10,
    diffRows: 30,
    pieSlices: 8,
    regionRows: 30,
    warnings: 10,
  },
  {
    collapseCurrent: true,
    functionRows: 30,
    packageRows: 10,
    diffRows: 15,
    pieSlices: 8,
    regionRows: 10,
    warnings: 10,
  },
  {
    collapseCurrent: true,
    functionRows: 10,
    packageRows: 5,
    diffRows: 10,
    pieSlices: 5,
    regionRows: 5,
    warnings: 5,
  },
  {
    collapseCurrent: true,
    functionRows: 3,
    packageRows: 3,
    diffRows: 3,
    pieSlices: 0,
    regionRows: 3,
    warnings: 3,
  },
  {
    collapseCurrent: true,
    functionRows: 0,
    packageRows: 0,
    diffRows: 0,
    pieSlices: 0,
    regionRows: 0,
    warnings: 1,
  },
]

/**
 * `<!-- layer-action:deps:arm64,x86_64:eu-west-1 -->`: one sticky comment per PR, layer, architecture set and region
 * set, so the jobs of a region matrix keep one comment each. Without regions it is the marker of releases before
 * regions were part of it, which a run adopts (see upsertStickyComment).
 */
export function commentMarker(
  layerName: string,
  architectures: readonly Architecture[],
  regions: readonly string[] = [],
): string {
  const safe = (s: string) => s.replace(/[<>\s]/g, '').replace(/--+/g, '-')
  const parts = [layerName, [...architectures].sort().join(',')]
  if (regions.length > 0) parts.push([...regions].sort().join(','))
  return `<!-- layer-action:${parts.map(safe).join(':')} -->`
}

/**
 * Renders the report; drops detail (unchanged functions first, then long lists down to their top N) until the
 * result fits in `maxLength`, and as a last resort cuts whole lines.
 */
export function renderMarkdown(report: Report, options: RenderOptions = {}): string {
  const maxLength = options.maxLength ?? COMMENT_LIMIT
  const prefix = options.marker ? `${options.marker}\n` : ''
  let text = ''
  for (const detail of DETAIL_LEVELS) {
    text = prefix + renderBody(report, detail)
    if (text.length <= maxLength) return text
  }
  return cutLines(text, maxLength, prefix)
}

function cutLines(text: string, maxLength: number, prefix: string): string {
  const lines = text.slice(prefix.length).split('\n')
  const kept: string[] = []
  let length = prefix.length
  for (const [i, line] of lines.entries()) {
    const tail = `\n\n…and ${lines.length - i} more lines`
    if (length + line.length + 1 + tail.length > maxLength) {
      return prefix + kept.join('\n') + tail
    }
    kept.push(line)
    length += line.length + 1
  }
  return prefix + kept.join('\n')
}

function renderBody(report: Report, detail: Detail): string {
  const blocks = [
    `**${headline(report, (name) => code(name))}**`,
    layerLine(report.layer),
    savingsTable(report),
    layerTable(report),
    failureBlock(report.failure),
    warningsBlock(report.warnings, detail.warnings),
    functionsSection(report, detail),
    packagesSection(report, detail.packageRows),
    diffSection(report, detail.diffRows),
    pieSection(report, detail.pieSlices),
    regionsSection(report, detail.regionRows),
    footer(report),
  ]
  return blocks.filter((b) => b !== '').join('\n\n') + '\n'
}

// ---------------------------------------------------------------------------------------------- headline

/**
 * One sentence: what functions ship, and what happened to the layer. Everything but the layer name is our own
 * text; `formatName` makes the name safe for the target (markdown code span, or as-is for logs).
 */
export function headline(report: Report, formatName: (name: string) => string = (name) => name): string {
  const { layer, savings, functions } = report
  const parts: string[] = []
  if (savings) {
    const n = savings.functionCount
    const pkg = sizeRange(savings.packageMin, savings.packageMax)
    const bundled = sizeRange(savings.bundledMin, savings.bundledMax)
    parts.push(
      n === 1
        ? `1 function ships a ${pkg} package instead of ${bundled}`
        : `${n} functions ship ${pkg} packages instead of ${bundled} each`,
    )
  } else if (layer.zipSize !== undefined) {
    parts.push(`${formatBytes(layer.zipSize)} of dependencies live in layer ${formatName(layer.name)}`)
  }
  parts.push(layerPhrase(layer))
  const count = (status: FunctionStatus) => functions.filter((f) => f.status === status).length
  const failed = count('failed')
  const missing = count('missing')
  const over = functions.filter((f) => f.overLimit).length
  if (failed > 0) parts.push(`${plural(failed, 'function')} failed to update`)
  if (missing > 0) parts.push(`${plural(missing, 'function')} not found`)
  if (over > 0) parts.push(`${plural(over, 'function')} over the 250 MB unzipped limit`)
  const sentence = parts.join('; ')
  return sentence.charAt(0).toUpperCase() + sentence.slice(1)
}

function layerPhrase(layer: LayerSummary): string {
  const v = layer.version !== undefined ? ` v${layer.version}` : ''
  switch (layer.status) {
    case 'reused':
      return `layer${v} reused`
    case 'published':
      return `layer${v} published`
    case 'first-publish':
      return `layer${v} published (first version)`
    case 'would-publish':
      if (layer.mode === 'apply') return 'new layer version not published'
      return layer.previousVersion === undefined
        ? 'first layer version would publish on merge'
        : `new layer version would publish on merge (replacing v${layer.previousVersion})`
    case 'unknown':
      return 'layer status unknown without AWS access'
    case 'failed':
      return 'the run failed before its plan was complete'
  }
}

function layerLine(layer: LayerSummary): string {
  const facts = [
    `Layer ${code(layer.name)}`,
    escapeText(layer.runtime),
    escapeText(layer.architectures.join(', ')),
    `${layer.mode} mode`,
  ]
  if (layer.cacheHit) facts.push('zip from cache')
  return facts.join(' · ')
}

// ---------------------------------------------------------------------------------------------- tables

function savingsTable(report: Report): string {
  const s = report.savings
  if (!s) return ''
  const uploadLabel = `Uploaded for ${plural(s.functionCount, 'function')}`
  return table(
    ['', 'Dependencies bundled into each function', `With layer ${code(report.layer.name, true)}`],
    ['l', 'r', 'r'],
    [
      ['Function package', sizeRange(s.bundledMin, s.bundledMax), sizeRange(s.packageMin, s.packageMax)],
      [uploadLabel, formatBytes(s.uploadIfBundled), formatBytes(s.uploadWithLayer)],
      ['Not uploaded thanks to the layer', '', `**${formatBytes(s.notUploaded)}**`],
    ],
  )
}

function layerTable(report: Report): string {
  const l = report.layer
  const hasPrevious = l.previousVersion !== undefined
  if (!hasPrevious && l.zipSize === undefined) return ''
  const nowLabel =
    l.status === 'reused' && l.version !== undefined
      ? `v${l.version} (reused)`
      : l.status === 'published' || l.status === 'first-publish'
        ? `v${l.version ?? '?'} (new)`
        : 'This run'
  const diff = report.packageDiff
  const previousPackages = diff ? report.packages.length - countDelta(diff.changes) : undefined
  const rows: string[][] = [
    ['Zip', sizeOrDash(l.previousZipSize), withDelta(l.zipSize, l.previousZipSize)],
    ['Unzipped', sizeOrDash(l.previousUnzippedSize), withDelta(l.unzippedSize, l.previousUnzippedSize)],
  ]
  if (l.packageCount !== undefined) {
    rows.push([
      'Packages',
      previousPackages === undefined ? '–' : String(previousPackages),
      String(l.packageCount),
    ])
  }
  const previousLabel = hasPrevious ? `v${l.previousVersion} (latest published)` : 'No version yet'
  return table([`Layer ${code(l.name, true)}`, previousLabel, nowLabel], ['l', 'r', 'r'], rows)
}

function countDelta(changes: PackageChange[]): number {
  return changes.filter((c) => c.kind === 'added').length - changes.filter((c) => c.kind === 'removed').length
}

function failureBlock(failure: string | undefined): string {
  if (failure === undefined) return ''
  const lines = failure.split('\n').filter((line) => line.trim() !== '')
  return [
    '> [!CAUTION]',
    ...lines.slice(0, 20).map((line) => `> ${escapeBlockText(oneLine(line, 300))}`),
  ].join('\n')
}

function warningsBlock(warnings: string[], max: number): string {
  if (warnings.length === 0) return ''
  const shown = warnings.slice(0, max).map((w) => `> - ${escapeBlockText(oneLine(w, 300))}`)
  if (warnings.length > shown.length) shown.push(`> - …and ${warnings.length - shown.length} more`)
  return ['> [!WARNING]', ...shown].join('\n')
}

function functionsSection(report: Report, detail: Detail): string {
  const functions = report.functions
  if (functions.length === 0) return ''
  const current = functions.filter((f) => f.status === 'current')
  const listed = detail.collapseCurrent ? functions.filter((f) => f.status !== 'current') : functions
  const shown = listed.slice(0, detail.functionRows)
  const lines: string[] = []
  if (shown.length > 0) {
    const withRollout = shown.some((f) => f.rollout || f.notes?.length)
    const headers = [
      'Function',
      'Region',
      'Status',
      'Package',
      'If bundled',
      'Layers',
      'Unzipped total',
      'Headroom to 250 MB',
    ]
    const rows = shown.map((f) => [
      code(f.name, true),
      escapeText(f.region),
      statusCell(f, report.layer),
      sizeOrDash(f.packageSize),
      sizeOrDash(f.bundledSize),
      f.tooManyLayers ? `${f.layerCount} ⛔` : String(f.layerCount),
      `${f.unzippedTotal.lowerBound ? '≥ ' : ''}${formatBytes(f.unzippedTotal.bytes)}`,
      headroomCell(f),
    ])
    lines.push(
      withRollout
        ? table(
            [...headers, 'Versions, aliases, smoke test'],
            ['l', 'l', 'l', 'r', 'r', 'r', 'r', 'r', 'l'],
            rows.map((row, i) => [...row, rolloutCell(shown[i])]),
          )
        : table(headers, ['l', 'l', 'l', 'r', 'r', 'r', 'r', 'r'], rows),
    )
  }
  const collapsed = detail.collapseCurrent ? current.length : 0
  if (collapsed > 0) lines.push(`${plural(collapsed, 'unchanged function')} already on the layer not listed`)
  const more = listed.length - shown.length
  if (more > 0) lines.push(`…and ${more} more`)
  const counts = countBy(functions.map((f) => statusWord(f.status, report.layer)))
  return details(`Functions (${functions.length}: ${counts})`, lines.join('\n\n'))
}

/** `v7 · live v3 → v7 · smoke test ✅` (plan mode: `new version · live v3 → new`), then the notes. */
function rolloutCell(f: FunctionRow): string {
  const parts: string[] = []
  const r = f.rollout
  if (r?.version) parts.push(r.version === 'new' ? 'new version' : `v${r.version}`)
  for (const a of r?.aliases ?? []) {
    const to = a.to ? `v${a.to}` : r?.version === 'new' ? 'new' : 'not moved'
    const from = /^\d+$/.test(a.from) ? `v${a.from}` : escapeText(a.from)
    parts.push(`${code(a.name, true)} ${from} → ${to}`)
  }
  for (const name of r?.onLatest ?? []) parts.push(`${code(name, true)} on $LATEST`)
  if (r?.smokeTest) {
    parts.push(r.smokeTest.passed ? 'smoke test ✅' : `smoke test ❌${r.putBack ? ', put back' : ''}`)
  }
  for (const note of f.notes ?? []) parts.push(`⚠️ ${escapeText(oneLine(note, 160))}`)
  return parts.join(' · ')
}

function statusCell(f: FunctionRow, layer: LayerSummary): string {
  const icon: Record<FunctionStatus, string> = {
    updated: '✅ ',
    current: '',
    'would-update': '🔜 ',
    failed: '❌ ',
    missing: '⚠️ ',
  }
  const text = icon[f.status] + statusWord(f.status, layer)
  return f.error ? `${text}: ${escapeText(oneLine(f.error, 200))}` : text
}

function statusWord(status: FunctionStatus, layer: LayerSummary): string {
  switch (status) {
    case 'updated':
      return layer.version !== undefined ? `moved to v${layer.version}` : 'updated'
    case 'current':
      return 'already current'
    case 'would-update':
      return 'would move on merge'
    case 'failed':
      return 'failed'
    case 'missing':
      return 'not found'
  }
}

function headroomCell(f: FunctionRow): string {
  if (f.overLimit) return `⛔ over by ${formatBytes(-f.headroom)}`
  const tight = f.headroom < MAX_UNZIPPED_BYTES * 0.1 ? ' ⚠️' : ''
  return `${f.unzippedTotal.lowerBound ? '≤ ' : ''}${formatBytes(f.headroom)}${tight}`
}

function packagesSection(report: Report, max: number): string {
  const packages = report.packages
  if (packages.length === 0 || max <= 0) return ''
  const shown = packages.slice(0, max)
  const rows = shown.map((p) => [
    code(p.name, true),
    p.version ? code(p.version, true) : '',
    formatBytes(p.size),
    `${(p.share * 100).toFixed(1)}%`,
  ])
  let body = table(['Package', 'Version', 'Unzipped', 'Share'], ['l', 'l', 'r', 'r'], rows)
  if (packages.length > shown.length) body += `\n\n…and ${packages.length - shown.length} more`
  return details(`Largest packages (top ${shown.length} of ${packages.length})`, body)
}

function diffSection(report: Report, max: number): string {
  const diff = report.packageDiff
  if (!diff) return ''
  const against = diff.againstVersion !== undefined ? `v${diff.againstVersion}` : 'the published version'
  if (diff.changes.length === 0) {
    return details(
      `Package changes against ${against}: none`,
      `All ${diff.unchangedCount} packages unchanged.`,
    )
  }
  const order = ['added', 'removed', 'grown', 'shrunk', 'changed']
  const kinds = countBy(diff.changes.map((c) => c.kind).sort((a, b) => order.indexOf(a) - order.indexOf(b)))
  if (max <= 0)
    return details(`Package changes against ${against}: ${kinds}`, `…and ${diff.changes.length} more`)
  const shown = diff.changes.slice(0, max)
  const rows = shown.map((c) => [
    code(c.name, true),
    c.kind,
    versionAndSize(c.beforeVersion, c.beforeSize),
    versionAndSize(c.afterVersion, c.afterSize),
    signedBytes(c.delta),
  ])
  let body = table(['Package', 'Change', 'Before', 'After', 'Δ'], ['l', 'l', 'r', 'r', 'r'], rows)
  if (diff.changes.length > shown.length) body += `\n\n…and ${diff.changes.length - shown.length} more`
  if (diff.unchangedCount > 0) body += `\n\n${plural(diff.unchangedCount, 'package')} unchanged.`
  return details(`Package changes against ${against}: ${kinds}`, body)
}

function versionAndSize(version: string | undefined, size: number | undefined): string {
  if (size === undefined) return '–'
  return version ? `${escapeText(version)} · ${formatBytes(size)}` : formatBytes(size)
}

/** Mermaid pie of the layer's composition: top N packages plus "other". */
function pieSection(report: Report, slices: number): string {
  const packages = report.packages.filter((p) => p.size > 0)
  if (packages.length === 0 || slices <= 0) return ''
  const top = packages.slice(0, slices)
  const rest = packages.slice(slices).reduce((sum, p) => sum + p.size, 0)
  const mib = (bytes: number) => (bytes / 1024 / 1024).toFixed(2)
  const lines = ['```mermaid', 'pie', '  title Unzipped MB by package']
  for (const p of top) lines.push(`  "${mermaidLabel(p.name)}" : ${mib(p.size)}`)
  if (rest > 0) lines.push(`  "other (${packages.length - top.length})" : ${mib(rest)}`)
  lines.push('```')
  return details('Layer composition', lines.join('\n'))
}

function regionsSection(report: Report, max: number): string {
  const regions = report.regions
  if (regions.length <= 1 && !regions.some((r) => r.error || r.notes?.length)) return ''
  if (max <= 0) return ''
  const shown = regions.slice(0, max)
  const rows = shown.map((r) => [
    escapeText(r.region),
    r.plan,
    r.version !== undefined ? `v${r.version}` : '–',
    regionResult(r, report.layer.mode),
  ])
  let body = table(['Region', 'Plan', 'Version', 'Result'], ['l', 'l', 'r', 'l'], rows)
  if (regions.length > shown.length) body += `\n\n…and ${regions.length - shown.length} more`
  return details(`Regions (${regions.length})`, body)
}

function regionResult(r: RegionRow, mode: LayerSummary['mode']): string {
  const notes = (r.notes ?? []).map((n) => `; ${escapeText(oneLine(n, 200))}`).join('')
  return regionStatus(r, mode) + notes
}

function regionStatus(r: RegionRow, mode: LayerSummary['mode']): string {
  if (r.error) return `❌ ${escapeText(oneLine(r.error, 200))}`
  if (r.published) return 'published'
  if (r.plan === 'reuse') return 'reused'
  if (r.plan === 'unknown') return 'unknown'
  return mode === 'plan' ? 'would publish on merge' : 'not published'
}

function footer(report: Report): string {
  const parts: string[] = []
  if (report.commit) {
    const short = escapeText(report.commit.sha.slice(0, 7))
    parts.push(report.commit.url ? `Commit [${short}](${safeUrl(report.commit.url)})` : `Commit ${short}`)
  }
  if (report.runUrl) parts.push(`[Workflow run](${safeUrl(report.runUrl)})`)
  if (report.layer.fingerprint) parts.push(`Fingerprint ${code(report.layer.fingerprint.slice(0, 12))}`)
  parts.push('Sizes in binary units (1 MB = 1,048,576 bytes)')
  return `<sub>${parts.join(' · ')}</sub>`
}

// ---------------------------------------------------------------------------------------------- helpers

function details(summary: string, body: string): string {
  // Blank lines around the body let GitHub render markdown inside the HTML block.
  return `<details><summary>${summary}</summary>\n\n${body}\n\n</details>`
}

function table(headers: string[], align: ('l' | 'r')[], rows: string[][]): string {
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`
  return [line(headers), line(align.map((a) => (a === 'r' ? '--:' : '---'))), ...rows.map(line)].join('\n')
}

function countBy(words: string[]): string {
  const counts = new Map<string, number>()
  for (const w of words) counts.set(w, (counts.get(w) ?? 0) + 1)
  return [...counts].map(([w, n]) => `${n} ${w}`).join(', ')
}

function plural(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`
}

function oneLine(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim()
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat
}

function safeUrl(url: string): string {
  return /^https?:\/\//.test(url) ? url.replace(/[()<>\s]/g, encodeURIComponent) : '#'
}

function sizeOrDash(bytes: number | undefined): string {
  return bytes === undefined ? '–' : formatBytes(bytes)
}

function withDelta(now: number | undefined, before: number | undefined): string {
  if (now === undefined) return '–'
  if (before === undefined || now === before) return formatBytes(now)
  return `${formatBytes(now)} (${signedBytes(now - before)})`
}

/** `20 KB`, `20–40 KB`, `20 KB–1.2 MB` */
function sizeRange(min: number, max: number): string {
  const [a, b] = [formatBytes(min), formatBytes(max)]
  if (a === b) return a
  const [number, unit] = a.split(' ')
  return b.endsWith(` ${unit}`) ? `${number}–${b}` : `${a}–${b}`
}

export function signedBytes(delta: number): string {
  if (delta === 0) return '±0 B'
  return `${delta > 0 ? '+' : '−'}${formatBytes(Math.abs(delta))}`
}

/**
 * Inline code for a name from users or packages: markdown, HTML and @mentions are inert inside it. The fence is
 * longer than any backtick run in the name; in table cells pipes need a backslash even inside code (GFM).
 */
export function code(name: string, inTable = false): string {
  const flat = name.replace(/[\r\n]+/g, ' ')
  const longestRun = Math.max(0, ...(flat.match(/`+/g) ?? []).map((run) => run.length))
  const fence = '`'.repeat(longestRun + 1)
  const pad = flat.startsWith('`') || flat.endsWith('`') || /^ .* $/.test(flat) ? ' ' : ''
  const body = inTable ? flat.replace(/\|/g, '\\|') : flat
  return `${fence}${pad}${body}${pad}${fence}`
}

/**
 * Plain text with inline markdown and HTML metacharacters neutralised (safe in table cells too). A zero-width space
 * after `@` and before a number after `#` keeps text from tools (`@scope/pkg` in an npm error, `#12`) from
 * mentioning people or teams and from cross-referencing issues.
 */
export function escapeText(text: string): string {
  return text
    .replace(/[\r\n]+/g, ' ')
    .replace(/[\\`*_[\]~|]/g, (c) => `\\${c}`)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/#(?=\d)/g, '#&#8203;')
    .replace(/@(?=[A-Za-z0-9_-])/g, '@&#8203;') // after #: its zero-width space is written as &#8203;
}

/** Also neutralises what would start a heading, list or quote when the text begins a block. */
function escapeBlockText(text: string): string {
  return escapeText(text)
    .replace(/^(\s*)([#+-])/, '$1\\$2')
    .replace(/^(\s*\d+)([.)])/, '$1\\$2')
}

/** Mermaid labels are double-quoted with no escape syntax: keep a conservative character set. */
function mermaidLabel(name: string): string {
  return name.replace(/[^A-Za-z0-9@/._+ -]/g, '_').slice(0, 60)
}
