import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { InputError } from '../../src/core/errors.js'
import { isCompatibleRuntimeListable, RUNTIMES, runtimeNotice } from '../../src/core/runtimes.js'
import { readInputs, type InputName } from '../../src/inputs.js'
import { functionErrorMessage } from '../../src/aws/invoke.js'
import { buildReport, type ReportInput } from '../../src/report/model.js'
import { renderMarkdown } from '../../src/report/markdown.js'
import { rolloutWarnings } from '../../src/rollout/radar.js'
import type { RegionLookup } from '../../src/rollout/outcome.js'
import { findRuntime } from '../../src/core/runtimes.js'

const base = mkdtempSync(path.join(tmpdir(), 'rollout-inputs-'))
const minimal = { 'layer-name': 'deps', runtime: 'python3.12', functions: 'orders' }

function read(values: Partial<Record<InputName, string>>) {
  return readInputs({
    get: (name) => values[name] ?? '',
    env: { AWS_REGION: 'eu-west-1' },
    baseDirectory: base,
  })
}

function inputError(values: Partial<Record<InputName, string>>): string {
  try {
    read(values)
  } catch (err) {
    if (err instanceof InputError) return err.message
    throw err
  }
  throw new Error('expected an InputError')
}

describe('rollout inputs', () => {
  it('reads aliases, publish-version, the smoke-test payload and the SSM parameter', () => {
    const inputs = read({
      ...minimal,
      aliases: 'live,\nstaging, live',
      'smoke-test-payload': '{"ping": true}',
      'ssm-parameter': '/layers/shop-deps',
    })
    expect(inputs).toMatchObject({
      aliases: ['live', 'staging'],
      publishVersion: true,
      smokeTestPayload: '{"ping": true}',
      ssmParameter: '/layers/shop-deps',
    })
    expect(read(minimal)).toMatchObject({ aliases: [], publishVersion: false, smokeTestPayload: undefined })
    expect(read({ ...minimal, 'publish-version': 'true' }).publishVersion).toBe(true)
  })

  it('refuses a payload that is not JSON, bad alias and parameter names, and aliases without functions', () => {
    expect(inputError({ ...minimal, 'smoke-test-payload': '{ping: true}' })).toMatch(
      /smoke-test-payload.*JSON/,
    )
    expect(inputError({ ...minimal, aliases: 'live!' })).toMatch(/'aliases'/)
    expect(inputError({ ...minimal, aliases: '42' })).toMatch(/'aliases'/)
    expect(inputError({ ...minimal, functions: '', aliases: 'live' })).toMatch(/'aliases'.*functions/)
    expect(inputError({ ...minimal, functions: '', 'publish-version': 'true' })).toMatch(/'publish-version'/)
    for (const name of [
      'layers/x',
      '/aws/x',
      '/ssm/x',
      'awsx',
      '/a//b',
      '/a/',
      '/a b',
      `/${'a/'.repeat(15)}a`,
    ]) {
      expect(inputError({ ...minimal, 'ssm-parameter': name })).toMatch(/'ssm-parameter'/)
    }
    for (const name of ['/layers/shop-deps', 'shop-deps', '/a_b.c-d/e']) {
      expect(read({ ...minimal, 'ssm-parameter': name }).ssmParameter).toBe(name)
    }
  })
})

describe('runtime radar', () => {
  const day = (iso: string) => new Date(`${iso}T12:00:00Z`)

  it('names deprecated runtimes and blocks within 90 days, with the date', () => {
    expect(runtimeNotice('python3.9', day('2026-01-10'))).toMatchObject({
      kind: 'deprecated',
      date: '2025-12-15',
      text: 'python3.9 is deprecated since 2025-12-15',
    })
    expect(runtimeNotice('nodejs20.x', day('2026-03-01'))).toMatchObject({ kind: 'soon', date: '2026-04-30' })
    expect(runtimeNotice('nodejs20.x', day('2026-05-10'))?.text).toBe(
      'nodejs20.x is deprecated since 2026-04-30; function updates are blocked from 2026-07-01',
    )
    expect(runtimeNotice('nodejs20.x', day('2026-07-01'))).toMatchObject({ kind: 'update-blocked' })
    expect(runtimeNotice('nodejs22.x', day('2026-12-06'))).toBeUndefined()
    expect(runtimeNotice('nodejs22.x', day('2027-02-01'))).toMatchObject({ kind: 'soon', date: '2027-04-30' })
    expect(runtimeNotice('python3.14', day('2026-12-06'))).toBeUndefined()
    expect(runtimeNotice('java21', day('2026-12-06'))).toBeUndefined()
  })

  it('never lists a runtime past its update-block date as compatible', () => {
    expect(isCompatibleRuntimeListable('nodejs20.x', day('2026-06-30'))).toBe(true)
    expect(isCompatibleRuntimeListable('nodejs20.x', day('2026-07-01'))).toBe(false)
    expect(isCompatibleRuntimeListable('python3.12', day('2026-07-01'))).toBe(true)
    for (const r of RUNTIMES) {
      expect(r.deprecated).toMatch(/^\d{4}-\d{2}-\d{2}$/)
      if (r.blockUpdate) expect(r.blockUpdate > r.deprecated!).toBe(true)
    }
  })
})

describe('rollout warnings', () => {
  it('groups functions by runtime and by stack, and names the layer runtime', () => {
    const fn = (name: string, runtime: string, stack?: string) => ({
      name,
      region: 'eu-west-1',
      status: 'current' as const,
      state: { name, arn: '', codeSize: 1, layers: [], runtime },
      stack,
    })
    const lookup = {
      region: 'eu-west-1',
      functionPlans: [
        fn('orders', 'python3.9', 'shop'),
        fn('payments', 'python3.9', 'shop'),
        fn('checkout', 'python3.12'),
        fn('search', 'nodejs20.x'),
      ],
    } as unknown as RegionLookup
    const warnings = rolloutWarnings([lookup], findRuntime('nodejs22.x')!, new Date('2026-12-06T00:00:00Z'))
    expect(warnings).toEqual([
      'python3.9 is deprecated since 2025-12-15: orders (eu-west-1), payments (eu-west-1)',
      'nodejs20.x: Lambda blocks function updates on it since 2026-07-01: search (eu-west-1)',
      "orders (eu-west-1), payments (eu-west-1) are managed by CloudFormation stack 'shop': its next deploy puts " +
        "the stack's own layer list back. Let the stack read the layer from 'ssm-parameter' (see the README).",
    ])
    expect(rolloutWarnings([lookup], findRuntime('nodejs22.x')!, new Date('2027-03-01T00:00:00Z'))[0]).toBe(
      "The layer's runtime: nodejs22.x is deprecated on 2027-04-30; function updates are blocked from 2027-07-01",
    )
  })
})

describe('smoke test', () => {
  it("shows a function error's type and message", () => {
    const body = Buffer.from(JSON.stringify({ errorType: 'KeyError', errorMessage: "'ping'", trace: [] }))
    expect(functionErrorMessage('Unhandled', body)).toBe("Unhandled: KeyError: 'ping'")
    expect(functionErrorMessage('Unhandled', Buffer.from('not json'))).toBe('Unhandled: not json')
    expect(functionErrorMessage('Unhandled')).toBe('Unhandled')
  })

  it('the report shows versions, aliases, the smoke test and the notes per function', () => {
    const input: ReportInput = {
      layerName: 'deps',
      runtime: 'python3.12',
      architectures: ['x86_64'],
      mode: 'apply',
      eventName: 'push',
      plan: 'publish',
      published: true,
      cacheHit: false,
      fingerprint: 'ab'.repeat(32),
      current: { version: 3, arn: 'arn:aws:lambda:eu-west-1:123456789012:layer:deps:3', zipSize: 100 },
      functions: [
        {
          name: 'orders',
          region: 'eu-west-1',
          codeSize: 10,
          layers: [],
          status: 'updated',
          rollout: {
            version: '7',
            aliases: [{ name: 'live', from: '6', to: '7' }],
            smokeTest: { passed: true, target: 'version 7' },
          },
        },
        {
          name: 'payments',
          region: 'eu-west-1',
          codeSize: 10,
          layers: [],
          status: 'failed',
          error: "smoke test of version 4 failed: Unhandled: KeyError: 'ping'",
          rollout: {
            version: '4',
            aliases: [{ name: 'live', from: '3' }],
            smokeTest: { passed: false, target: 'version 4', error: "KeyError: 'ping'" },
            putBack: true,
          },
          notes: ['python3.9 is deprecated since 2025-12-15'],
        },
      ],
    }
    const markdown = renderMarkdown(buildReport(input))
    expect(markdown).toContain('v7 · `live` v6 → v7 · smoke test ✅')
    expect(markdown).toContain('v4 · `live` v3 → not moved · smoke test ❌, put back')
    expect(markdown).toContain('python3.9 is deprecated since 2025-12-15')
  })
})
