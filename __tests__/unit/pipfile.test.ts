import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { pipfileRequirements } from '../../src/builders/python.js'

function lockfile(sources: { name: string; url: string }[]): string {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'pipfile-')), 'Pipfile.lock')
  writeFileSync(
    file,
    JSON.stringify({
      _meta: { sources },
      default: { six: { version: '==1.17.0', index: 'private' } },
      develop: { pytest: { version: '==8.0.0' } },
    }),
  )
  return file
}

const PRIVATE = { name: 'private', url: 'https://pypi.corp.example/simple' }
const PYPI = { name: 'pypi', url: 'https://pypi.org/simple' }

describe('Pipfile.lock sources', () => {
  it('makes the first source the primary index for pip, never the public one ahead of it', async () => {
    const { text, indexes } = await pipfileRequirements(lockfile([PRIVATE, PYPI]), false)
    expect(text.split('\n').slice(0, 2)).toEqual([
      `--index-url ${PRIVATE.url}`,
      `--extra-index-url ${PYPI.url}`,
    ])
    expect(indexes).toEqual([PRIVATE.url, PYPI.url])
    expect(text).toContain('six==1.17.0')
    expect(text).not.toContain('pytest')
  })

  it('keeps the order the lockfile gives when PyPI comes first', async () => {
    const { text } = await pipfileRequirements(lockfile([PYPI, PRIVATE]), false)
    expect(text.split('\n').slice(0, 2)).toEqual([
      `--index-url ${PYPI.url}`,
      `--extra-index-url ${PRIVATE.url}`,
    ])
  })

  it('writes no index lines for PyPI alone, and none for uv (it gets the sources as flags)', async () => {
    expect((await pipfileRequirements(lockfile([PYPI]), false)).text).not.toContain('index-url')
    expect((await pipfileRequirements(lockfile([PRIVATE, PYPI]), false, false)).text).not.toContain(
      'index-url',
    )
  })
})
