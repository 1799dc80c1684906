// Two clean builds of the same lockfiles, in different folders, give byte-identical layer zips (so the same
// CodeSha256 in Lambda): real pip and real npm from the registries.
import { cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { buildLayer } from '../helpers/build.js'
import { zipDirectory } from '../../src/package/zip.js'
import { runCommand } from '../../src/core/exec.js'
import { findRuntime } from '../../src/core/runtimes.js'
import { REPO_ROOT } from '../helpers/run-action.js'

const temps: string[] = []
afterAll(() => temps.forEach((dir) => rmSync(dir, { recursive: true, force: true })))

/** Copies an example into a fresh folder, builds it there and zips the layer. */
async function cleanBuild(example: string, runtimeId: string, lockfile: string) {
  const dir = mkdtempSync(path.join(tmpdir(), `determinism-${example}-`))
  temps.push(dir)
  cpSync(path.join(REPO_ROOT, 'examples', example), dir, { recursive: true })
  const outputDirectory = path.join(dir, '.layer')
  mkdirSync(outputDirectory)
  const built = await buildLayer({
    runtime: findRuntime(runtimeId)!,
    architectures: ['arm64'],
    workingDirectory: dir,
    lockfiles: [path.join(dir, lockfile)],
    outputDirectory,
    run: runCommand,
    log: () => {},
  })
  return zipDirectory(built.root, path.join(dir, 'layer.zip'))
}

it.each([
  ['python', 'python3.12', 'requirements.txt'],
  ['node', 'nodejs22.x', 'package-lock.json'],
])('builds the %s example twice into identical zips', async (example, runtime, lockfile) => {
  const first = await cleanBuild(example, runtime, lockfile)
  const second = await cleanBuild(example, runtime, lockfile)
  expect(first.fileCount).toBeGreaterThan(5)
  expect(second.zipSize).toBe(first.zipSize)
  expect(second.codeSha256).toBe(first.codeSha256)
})
