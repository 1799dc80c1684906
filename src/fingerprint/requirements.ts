/**
 * What a pip requirements file says, as far as the fingerprint and the builder need it: the canonical text (so line
 * endings, comments and blank lines don't change the fingerprint) and the other files it makes the installer read.
 */

/** The text without comments, blank lines, trailing whitespace and line continuations; LF line endings. */
export function canonicalRequirements(text: string): string {
  return logicalLines(text)
    .map((l) => l.text)
    .join('\n')
}

export interface RequirementLine {
  /** 1-based number of the line it starts on. */
  line: number
  text: string
}

/** Lines as pip reads them: comments removed, `\` continuations joined, blank lines dropped. */
export function logicalLines(text: string): RequirementLine[] {
  const lines: RequirementLine[] = []
  let pending = ''
  let start = 0
  text.split(/\r\n|\r|\n/).forEach((raw, index) => {
    // pip: a comment starts with '#' at the line's start or after whitespace.
    const uncommented = raw.replace(/(^|\s)#.*$/, '').replace(/\s+$/, '')
    if (!pending) start = index + 1
    if (uncommented.endsWith('\\')) {
      pending += uncommented.slice(0, -1)
      return
    }
    const joined = (pending + uncommented).trim().replace(/\s+/g, ' ')
    pending = ''
    if (joined) lines.push({ line: start, text: joined })
  })
  if (pending.trim()) lines.push({ line: start, text: pending.trim().replace(/\s+/g, ' ') })
  return lines
}

export interface RequirementsReferences {
  /** `-r`/`--requirement` files. */
  requirements: string[]
  /** `-c`/`--constraint` files. */
  constraints: string[]
  /** `--find-links`/`-f` locations that are not URLs. */
  findLinks: string[]
  /** Local wheels, sdists and project folders (`./pkg`, `pkg @ file:///…`). */
  localPaths: string[]
  /** `-e`/`--editable` requirements, as written. */
  editables: RequirementLine[]
  /** Number of lines that name a package (not options). */
  requirementCount: number
}

const OPTION_WITH_VALUE =
  /^(-r|--requirement|-c|--constraint|-f|--find-links|-e|--editable)(?:\s*=\s*|\s+|(?<=^-[rcfe]))(\S.*)$/

/** The files and folders a requirements file refers to, as written (relative paths are resolved by the caller). */
export function requirementReferences(text: string): RequirementsReferences {
  const refs: RequirementsReferences = {
    requirements: [],
    constraints: [],
    findLinks: [],
    localPaths: [],
    editables: [],
    requirementCount: 0,
  }
  for (const entry of logicalLines(text)) {
    const option = OPTION_WITH_VALUE.exec(entry.text)
    if (option) {
      const [, name, value] = option
      const target = value.trim()
      if (name === '-r' || name === '--requirement') refs.requirements.push(target)
      else if (name === '-c' || name === '--constraint') refs.constraints.push(target)
      else if (name === '-f' || name === '--find-links') {
        if (!isUrl(target) || target.startsWith('file:')) refs.findLinks.push(fromFileUrl(target))
      } else {
        refs.editables.push(entry)
        refs.requirementCount++
      }
      continue
    }
    if (entry.text.startsWith('-')) continue // other options: --index-url, --hash on its own line, …
    refs.requirementCount++
    const local = localPath(entry.text)
    if (local) refs.localPaths.push(local)
  }
  return refs
}

/** The local file or folder a requirement line installs from, if it names one. */
function localPath(requirement: string): string | undefined {
  const withoutOptions = requirement.replace(/\s--?\S+.*$/, '').replace(/\s*;.*$/, '')
  const direct = /^\S+\s*@\s*(\S+)$/.exec(withoutOptions)
  const location = direct ? direct[1] : withoutOptions.split(' ')[0]
  if (location.startsWith('file:')) return fromFileUrl(location)
  if (isUrl(location)) return undefined
  if (/^(\.{1,2}[/\\]|\/|~)/.test(location) || /\.(whl|zip|tar\.gz|tgz|tar\.bz2)$/i.test(location)) {
    return location.replace(/\[[^\]]*\]$/, '')
  }
  return undefined
}

function isUrl(value: string): boolean {
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(value) || value.startsWith('file:')
}

function fromFileUrl(value: string): string {
  if (!value.startsWith('file:')) return value
  return decodeURIComponent(value.replace(/^file:(\/\/localhost)?(\/\/)?/, ''))
}
