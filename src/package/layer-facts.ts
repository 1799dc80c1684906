import { readFile } from 'node:fs/promises'
import type { Architecture } from '../core/runtimes.js'
import type { LayerFacts } from '../core/types.js'
import { EM_AARCH64, EM_X86_64, readElf } from './elf.js'
import type { LayerFile } from './walk.js'

const EXTENSION_MODULE = /\.cpython-3(\d+)[a-z]*-[^/]*\.so$/
const MAYBE_NATIVE = /\.so(\.\d+)*$|\.node$/
/** Non-Node-API addons export `node_register_module_v<ABI>`; Node-API ones `napi_register_module_v1`. */
const NODE_REGISTER = /node_register_module_v(\d{2,3})/

/**
 * Reads the facts a compatibility check needs from the files of a layer (as the walk lists them). Only files that
 * can hold native code are opened: shared objects, `.node` addons and executables. The zip's pass over the layer
 * gets the same facts from the bytes it reads anyway (factsFromPass).
 */
export async function layerFactsOf(files: readonly LayerFile[]): Promise<LayerFacts> {
  const native: { name: string; machine: number }[] = []
  const addons = new Map<string, string>()
  for (const file of files) {
    if (file.size < 64 || !(MAYBE_NATIVE.test(file.name) || file.executable)) continue
    const elf = await readElf(file.source)
    if (!elf) continue
    native.push({ name: file.name, machine: elf.machine })
    if (file.name.endsWith('.node')) addons.set(file.name, (await readFile(file.source)).toString('latin1'))
  }
  return factsFromPass(files, native, (name) => addons.get(name))
}

/** The facts from the layer's file names, its ELF files' machines and the text of its Node addons. */
export function factsFromPass(
  files: readonly Pick<LayerFile, 'name'>[],
  native: readonly { name: string; machine: number }[],
  addonText: (name: string) => string | undefined,
): LayerFacts {
  const machines = new Set<Architecture>()
  const pythonVersions = new Set<string>()
  const nodeAbis = new Set<number>()
  for (const file of files) {
    const python = EXTENSION_MODULE.exec(file.name)
    if (python) pythonVersions.add(`3.${python[1]}`)
  }
  for (const file of native) {
    if (file.machine === EM_X86_64) machines.add('x86_64')
    if (file.machine === EM_AARCH64) machines.add('arm64')
    const abi = NODE_REGISTER.exec(addonText(file.name) ?? '')
    if (abi) nodeAbis.add(Number(abi[1]))
  }
  return {
    machines: [...machines].sort(),
    pythonVersions: [...pythonVersions].sort((a, b) => minor(a) - minor(b)),
    nodeAbis: [...nodeAbis].sort((a, b) => a - b),
  }
}

function minor(version: string): number {
  return Number(version.split('.')[1])
}

/** `native:none`, or `native:x86_64,cp312,node115`: the facts in a few characters for a version's description. */
export function encodeFacts(facts: LayerFacts): string {
  const words = [
    ...facts.machines,
    ...facts.pythonVersions.map((v) => `cp${v.replace('.', '')}`),
    ...facts.nodeAbis.map((abi) => `node${abi}`),
  ]
  return words.length === 0 ? 'none' : words.slice(0, 6).join(',')
}

/** The reverse of encodeFacts; undefined for anything it did not write. */
export function decodeFacts(encoded: string | undefined): LayerFacts | undefined {
  if (!encoded || !/^(none|[a-z0-9_]+(,[a-z0-9_]+)*)$/.test(encoded)) return undefined
  const facts: LayerFacts = { machines: [], pythonVersions: [], nodeAbis: [] }
  if (encoded === 'none') return facts
  for (const word of encoded.split(',')) {
    if (word === 'x86_64' || word === 'arm64') facts.machines.push(word)
    else if (/^cp3\d+$/.test(word)) facts.pythonVersions.push(`3.${word.slice(3)}`)
    else if (/^node\d+$/.test(word)) facts.nodeAbis.push(Number(word.slice(4)))
  }
  return facts
}
