import type { FunctionState } from '../aws/functions.js'
import type { Runtime } from '../core/runtimes.js'
import type { LayerFacts } from '../core/types.js'

/** NODE_MODULE_VERSION of each Node.js major that Lambda runs. */
const NODE_ABI: Record<string, number> = { '18': 108, '20': 115, '22': 127, '24': 137 }

/** What the layer being rolled out is: the runtime it was built for and, when known, what its files need. */
export interface LayerTraits {
  runtime: Runtime
  /** Undefined when neither the build nor the version's description says (a version published before facts). */
  facts?: LayerFacts
}

/**
 * Why the function could not load the layer: its runtime family, its CPU against the layer's native code, its
 * Python version against the layer's extension modules, its Node.js ABI against the layer's addons. Empty when
 * nothing is known to stand in the way; a pure Python layer moves across minor versions.
 */
export function compatibilityProblems(state: FunctionState, layer: LayerTraits): string[] {
  if (state.packageType === 'Image' || !state.runtime) return []
  const problems: string[] = []
  const runtime = state.runtime
  const family = layer.runtime.family
  if (family === 'python' && !runtime.startsWith('python')) {
    problems.push(
      `it runs ${runtime}, and this is a Python layer (${layer.runtime.id}): only Python functions read its python/ folder`,
    )
  } else if (family === 'node' && !runtime.startsWith('nodejs')) {
    problems.push(
      `it runs ${runtime}, and this is a Node.js layer (${layer.runtime.id}): only Node.js functions read its nodejs/ folder`,
    )
  }
  const facts = layer.facts
  if (!facts) return problems
  const architecture = state.architectures?.[0] ?? 'x86_64'
  if (facts.machines.length > 0 && !facts.machines.includes(architecture as never)) {
    problems.push(
      `it runs on ${architecture}, and the layer's native code is for ${facts.machines.join(' and ')}`,
    )
  }
  const python = /^python(3\.\d+)$/.exec(runtime)?.[1]
  if (python && facts.pythonVersions.length > 0 && !facts.pythonVersions.includes(python)) {
    const built = facts.pythonVersions.map((v) => `CPython ${v} (cp${v.replace('.', '')})`).join(', ')
    problems.push(`it runs ${runtime}, and the layer's extension modules are built for ${built}`)
  }
  const nodeMajor = /^nodejs(\d+)\.x$/.exec(runtime)?.[1]
  const abi = nodeMajor ? NODE_ABI[nodeMajor] : undefined
  if (abi !== undefined && facts.nodeAbis.length > 0 && !facts.nodeAbis.includes(abi)) {
    problems.push(
      `it runs ${runtime} (NODE_MODULE_VERSION ${abi}), and the layer's native addons are built for ` +
        `NODE_MODULE_VERSION ${facts.nodeAbis.join(', ')}`,
    )
  }
  return problems
}
