import { buildReport } from '../../src/report/model.js'
import { renderText } from '../../src/report/text.js'

const MB = 1024 * 1024

describe('renderText', () => {
  const report = buildReport({
    layerName: 'deps',
    runtime: 'python3.12',
    architectures: ['arm64'],
    mode: 'plan',
    eventName: '',
    plan: 'publish',
    published: false,
    cacheHit: false,
    fingerprint: 'f'.repeat(64),
    zip: { zipSize: 12 * MB, unzippedSize: 40 * MB },
    previous: { version: 3, zipSize: 11 * MB, unzippedSize: 38 * MB },
    functions: [
      {
        name: 'orders',
        region: 'eu-west-1',
        codeSize: 20_000,
        status: 'would-update',
        layers: [{ arn: 'arn:aws:lambda:eu-west-1:1:layer:deps:3', codeSize: 11 * MB }],
      },
    ],
    packages: [
      { name: 'numpy', version: '2.1.0', size: 30 * MB },
      { name: 'six', version: '1.16.0', size: 10 * MB },
    ],
    publishedPackages: [
      { name: 'numpy', version: '2.0.0', size: 29 * MB },
      { name: 'attrs', version: '24.2.0', size: 2 * MB },
    ],
  })
  const text = renderText(report)

  it('prints sizes in human units and the change against the published version', () => {
    expect(text).toMatch(/^ {2}Zip: {10}11 MB → 12 MB \(\+1 MB\)$/m)
    expect(text).toMatch(/^ {2}Unzipped: {5}38 MB → 40 MB \(\+2 MB\)$/m)
    expect(text).not.toMatch(/\d{6,} bytes|<|\||\*\*/)
  })

  it('aligns the functions table', () => {
    const lines = text.split('\n')
    const header = lines.findIndex((l) => l.startsWith('  FUNCTION'))
    expect(header).toBeGreaterThan(0)
    const row = lines[header + 1]
    expect(row).toMatch(/^ {2}orders\s+eu-west-1 {2}would move\s+1\s+≥ 40 MB\s+210 MB$/)
    expect(row.indexOf('eu-west-1')).toBe(lines[header].indexOf('REGION'))
  })

  it('lists the package diff: added, removed and changed, with versions and sizes', () => {
    expect(text).toMatch(/^Package changes against v3 \(0 unchanged\)$/m)
    expect(text).toMatch(/^ {2}\+ {2}six {3}\s+→ 1\.16\.0 10 MB {2}\+10 MB$/m)
    expect(text).toMatch(/^ {2}- {2}attrs\s+24\.2\.0 2 MB\s+-2 MB$/m)
    expect(text).toMatch(/^ {2}~ {2}numpy\s+2\.0\.0 29 MB\s+→ 2\.1\.0 30 MB\s+\+1 MB$/m)
  })
})
