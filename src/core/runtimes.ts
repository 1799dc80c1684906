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
}

const AL2 = 26
const AL2023 = 34

export const RUNTIMES: readonly Runtime[] = [
  ...['9', '10', '11'].map((m) => python(m, AL2)),
  ...['12', '13', '14'].map((m) => python(m, AL2023)),
  node('18', AL2),
  ...['20', '22', '24'].map((v) => node(v, AL2023)),
  { id: 'provided.al2023', family: 'provided', languageVersion: '', glibcMinor: AL2023 },
  { id: 'provided.al2', family: 'provided', languageVersion: '', glibcMinor: AL2 },
]

function python(minor: string, glibcMinor: number): Runtime {
  return { id: `python3.${minor}`, family: 'python', languageVersion: `3.${minor}`, glibcMinor }
}

function node(major: string, glibcMinor: number): Runtime {
  return { id: `nodejs${major}.x`, family: 'node', languageVersion: major, glibcMinor }
}

export function findRuntime(id: string): Runtime | undefined {
  return RUNTIMES.find((r) => r.id === id)
}

/** The CPU name as the Linux toolchains spell it (wheel tags, ELF checks). */
export function machineName(arch: Architecture): 'x86_64' | 'aarch64' {
  return arch === 'arm64' ? 'aarch64' : 'x86_64'
}
