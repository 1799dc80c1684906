import { formatBytes } from '../core/format.js'
import type { FunctionStatus } from '../core/types.js'
import { headline } from './markdown.js'
import type { PackageChange, Report } from './model.js'

/** The report for a terminal: plain text, sizes in human units, aligned columns, the package diff. */
export function renderText(report: Report, options: { maxPackages?: number } = {}): string {
  const maxPackages = options.maxPackages ?? 10
  const { layer } = report
  const sections: string[] = [headline(report)]

  const facts: [string, string][] = [
    ['Layer', `${layer.name} (${layer.runtime}, ${layer.architectures.join(', ')})`],
    ['Mode', layer.mode],
    ['Plan', `${layer.plan}${layer.cacheHit ? ' (zip from cache)' : ''}`],
  ]
  if (layer.version !== undefined)
    facts.push(['Version', `v${layer.version}${layer.arn ? `  ${layer.arn}` : ''}`])
  if (layer.previousVersion !== undefined) facts.push(['Previous', `v${layer.previousVersion}`])
  facts.push(['Zip', sizeChange(layer.previousZipSize, layer.zipSize)])
  facts.push(['Unzipped', sizeChange(layer.previousUnzippedSize, layer.unzippedSize)])
  if (layer.packageCount !== undefined) facts.push(['Packages', String(layer.packageCount)])
  facts.push(['Fingerprint', layer.fingerprint])
  sections.push(
    columns(
      facts.map(([k, v]) => [`${k}:`, v]),
      ['l', 'l'],
    ),
  )

  if (report.savings && report.savings.notUploaded > 0) {
    const s = report.savings
    sections.push(
      `Savings: ${s.functionCount} function package(s) of ${range(s.packageMin, s.packageMax)} instead of ` +
        `${range(s.bundledMin, s.bundledMax)}; ${formatBytes(s.notUploaded)} not uploaded per deploy.`,
    )
  }

  if (report.regions.length > 1 || report.regions.some((r) => r.error)) {
    const rows = report.regions.map((r) => [
      r.region,
      r.version !== undefined ? `v${r.version}` : '–',
      r.error ? `failed: ${r.error}` : r.published ? 'published' : r.plan,
      (r.notes ?? []).join('; '),
    ])
    sections.push(
      `Regions\n${columns([['REGION', 'VERSION', 'RESULT', 'NOTES'], ...rows], ['l', 'l', 'l', 'l'])}`,
    )
  }

  if (report.functions.length > 0) {
    const rows = report.functions.map((f) => [
      f.name,
      f.region,
      STATUS[f.status] + (f.error ? `: ${f.error}` : ''),
      String(f.layerCount),
      `${f.unzippedTotal.lowerBound ? '≥ ' : ''}${formatBytes(f.unzippedTotal.bytes)}`,
      f.overLimit ? `over by ${formatBytes(-f.headroom)}` : formatBytes(f.headroom),
    ])
    const header = ['FUNCTION', 'REGION', 'STATUS', 'LAYERS', 'UNZIPPED', 'HEADROOM']
    sections.push(`Functions\n${columns([header, ...rows], ['l', 'l', 'l', 'r', 'r', 'r'])}`)
  }

  const diff = report.packageDiff
  if (diff) {
    const against = diff.againstVersion !== undefined ? `v${diff.againstVersion}` : 'the published version'
    if (diff.changes.length === 0) {
      sections.push(`Package changes against ${against}: none (${diff.unchangedCount} unchanged)`)
    } else {
      const rows = diff.changes.map((c) => [SIGN[c.kind], c.name, before(c), after(c), signed(c.delta)])
      sections.push(
        `Package changes against ${against} (${diff.unchangedCount} unchanged)\n` +
          columns(rows, ['l', 'l', 'r', 'r', 'r']),
      )
    }
  }

  if (report.packages.length > 0 && maxPackages > 0) {
    const shown = report.packages.slice(0, maxPackages)
    const rows = shown.map((p) => [
      p.name,
      p.version ?? '',
      formatBytes(p.size),
      `${(p.share * 100).toFixed(1)}%`,
    ])
    const more = report.packages.length - shown.length
    sections.push(
      `Largest packages\n${columns([['PACKAGE', 'VERSION', 'UNZIPPED', 'SHARE'], ...rows], ['l', 'l', 'r', 'r'])}` +
        (more > 0 ? `\n  … and ${more} more` : ''),
    )
  }

  if (report.warnings.length > 0) sections.push(report.warnings.map((w) => `warning: ${w}`).join('\n'))
  return `${sections.join('\n\n')}\n`
}

const STATUS: Record<FunctionStatus, string> = {
  updated: 'moved',
  current: 'already current',
  'would-update': 'would move',
  failed: 'failed',
  missing: 'not found',
}

const SIGN: Record<PackageChange['kind'], string> = {
  added: '+',
  removed: '-',
  grown: '~',
  shrunk: '~',
  changed: '~',
}

function before(c: PackageChange): string {
  return c.beforeSize === undefined ? '' : `${c.beforeVersion ?? ''} ${formatBytes(c.beforeSize)}`.trim()
}

function after(c: PackageChange): string {
  return c.afterSize === undefined
    ? ''
    : `→ ${c.afterVersion ?? ''} ${formatBytes(c.afterSize)}`.replace('  ', ' ')
}

function signed(bytes: number): string {
  return bytes === 0 ? '±0 B' : `${bytes > 0 ? '+' : '-'}${formatBytes(Math.abs(bytes))}`
}

function sizeChange(previous: number | undefined, now: number | undefined): string {
  if (now === undefined) return previous === undefined ? '–' : `${formatBytes(previous)} (published)`
  if (previous === undefined || previous === now) return formatBytes(now)
  return `${formatBytes(previous)} → ${formatBytes(now)} (${signed(now - previous)})`
}

function range(min: number, max: number): string {
  return min === max ? formatBytes(min) : `${formatBytes(min)}–${formatBytes(max)}`
}

/** Rows padded into columns two spaces apart; 'r' columns right-aligned. */
export function columns(rows: string[][], align: ('l' | 'r')[]): string {
  const widths = align.map((_, i) => Math.max(0, ...rows.map((r) => [...(r[i] ?? '')].length)))
  return rows
    .map((row) =>
      row
        .map((cell, i) => {
          const pad = ' '.repeat(widths[i] - [...cell].length)
          return align[i] === 'r' ? pad + cell : cell + pad
        })
        .join('  ')
        .trimEnd()
        .replace(/^/, '  '),
    )
    .join('\n')
}
