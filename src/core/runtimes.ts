export type RuntimeFamily = 'python' | 'node' | 'provided'
export type Architecture = 'x86_64' | 'arm64'
export const ARCHITECTURES: readonly Architecture[] = ['x86_64', 'arm64']

export interface Runtime {
  id: string
  family: RuntimeFamily
  /** `3.12` for python3.12, `20` for nodejs20.x, empty for provided.* */
  languageVersion: string
  /** Highest glibc minor version of the runtime's OS: 26 on Amazon Linux 2, 34 on Amazon Linux 2023. */
  glibcMinor: number
  /** ISO date Lambda deprecates it (no more patches), when announced. */
  deprecated?: string
  /** ISO date from which Lambda refuses updates of functions on it, when announced. */
  blockUpdate?: string
}

const AL2 = 26
const AL2023 = 34

/**
 * Deprecation and update-block dates, from the AWS Lambda runtimes page
 * (https://docs.aws.amazon.com/lambda/latest/dg/lambda-runtimes.html, "Supported runtimes" and "Deprecated runtimes")
 * and AWS's deprecation notices; block dates only where AWS has announced one. Update this table when AWS moves a date.
 */
const SCHEDULE: Record<string, { deprecated: string; blockUpdate?: string }> = {
  'python3.9': { deprecated: '2025-12-15' },
  'python3.10': { deprecated: '2026-06-30' },
  'python3.11': { deprecated: '2026-06-30' },
  'python3.12': { deprecated: '2028-10-31' },
  'python3.13': { deprecated: '2029-06-30', blockUpdate: '2029-08-31' },
  'python3.14': { deprecated: '2029-06-30', blockUpdate: '2029-08-31' },
  'nodejs18.x': { deprecated: '2025-09-01' },
  'nodejs20.x': { deprecated: '2026-04-30', blockUpdate: '2026-07-01' },
  'nodejs22.x': { deprecated: '2027-04-30', blockUpdate: '2027-07-01' },
  'nodejs24.x': { deprecated: '2028-04-30', blockUpdate: '2028-07-01' },
  'provided.al2': { deprecated: '2026-06-30' },
  'provided.al2023': { deprecated: '2029-06-30' },
}

export const RUNTIMES: readonly Runtime[] = (
  [
    ...['9', '10', '11'].map((m) => python(m, AL2)),
    ...['12', '13', '14'].map((m) => python(m, AL2023)),
    node('18', AL2),
    ...['20', '22', '24'].map((v) => node(v, AL2023)),
    { id: 'provided.al2023', family: 'provided', languageVersion: '', glibcMinor: AL2023 },
    { id: 'provided.al2', family: 'provided', languageVersion: '', glibcMinor: AL2 },
  ] as Runtime[]
).map((r) => ({ ...r, ...SCHEDULE[r.id] }))

function python(minor: string, glibcMinor: number): Runtime {
  return { id: `python3.${minor}`, family: 'python', languageVersion: `3.${minor}`, glibcMinor }
}

function node(major: string, glibcMinor: number): Runtime {
  return { id: `nodejs${major}.x`, family: 'node', languageVersion: major, glibcMinor }
}

export function findRuntime(id: string): Runtime | undefined {
  return RUNTIMES.find((r) => r.id === id)
}

/** How close a runtime is to the end: what the runtime radar reports. */
export interface RuntimeNotice {
  runtime: string
  /** `deprecated` (past its deprecation date), `update-blocked` (past its block date), or `soon` (within the window). */
  kind: 'deprecated' | 'update-blocked' | 'soon'
  date: string
  /** One sentence with the date, for logs and the report. */
  text: string
}

/** Days ahead that the radar warns about. */
export const RADAR_DAYS = 90

/**
 * What to tell the user about a runtime on `today`: deprecated, updates blocked, or either coming within
 * RADAR_DAYS; undefined when nothing is due (or the runtime is not one this table knows).
 */
export function runtimeNotice(id: string, today: Date, days = RADAR_DAYS): RuntimeNotice | undefined {
  const runtime = findRuntime(id)
  if (!runtime?.deprecated) return undefined
  const day = today.toISOString().slice(0, 10)
  const horizon = new Date(today.getTime() + days * 86_400_000).toISOString().slice(0, 10)
  const { deprecated, blockUpdate } = runtime
  if (blockUpdate && blockUpdate <= day) {
    return {
      runtime: id,
      kind: 'update-blocked',
      date: blockUpdate,
      text: `${id}: Lambda blocks function updates on it since ${blockUpdate}`,
    }
  }
  const block = blockUpdate ? `; function updates are blocked from ${blockUpdate}` : ''
  if (deprecated <= day) {
    return {
      runtime: id,
      kind: 'deprecated',
      date: deprecated,
      text: `${id} is deprecated since ${deprecated}${block}`,
    }
  }
  if (blockUpdate && blockUpdate <= horizon) {
    return {
      runtime: id,
      kind: 'soon',
      date: blockUpdate,
      text: `${id}: function updates are blocked from ${blockUpdate}`,
    }
  }
  if (deprecated <= horizon) {
    return {
      runtime: id,
      kind: 'soon',
      date: deprecated,
      text: `${id} is deprecated on ${deprecated}${block}`,
    }
  }
  return undefined
}

/** Whether a layer may still list this runtime in CompatibleRuntimes on `today` (not past its update-block date). */
export function isCompatibleRuntimeListable(id: string, today: Date): boolean {
  const blockUpdate = findRuntime(id)?.blockUpdate
  return !blockUpdate || blockUpdate > today.toISOString().slice(0, 10)
}

/** The CPU name as the Linux toolchains spell it (wheel tags, ELF checks). */
export function machineName(arch: Architecture): 'x86_64' | 'aarch64' {
  return arch === 'arm64' ? 'aarch64' : 'x86_64'
}
