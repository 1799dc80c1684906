// Loads a TypeScript test helper (one that imports only Node's own modules) with plain `node`: the demo and the
// benchmarks share the loopback fault proxy with the tests without a TypeScript loader.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import ts from 'typescript'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

/** Imports `__tests__/helpers/<name>.ts`, compiled to JavaScript in a temporary folder. */
export async function importHelper(name) {
  const source = readFileSync(path.join(root, '__tests__', 'helpers', `${name}.ts`), 'utf8')
  const { outputText } = ts.transpileModule(source, {
    compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
  })
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'layer-action-helper-')), `${name}.mjs`)
  writeFileSync(file, outputText)
  return import(pathToFileURL(file).href)
}
