import { runBuilder } from '../../src/builders/build.js'
import type { BuildRequest, BuiltLayer } from '../../src/builders/types.js'
import { checkNativeCode } from '../../src/package/native-check.js'

/**
 * Builds the layer folder as the pipeline does, then checks its native code with a read of its own (the pipeline
 * checks it in the pass that zips the folder, packLayer).
 */
export async function buildLayer(req: BuildRequest): Promise<BuiltLayer> {
  const layer = await runBuilder(req)
  await checkNativeCode(layer.root, req.runtime, req.architectures, req.log)
  return layer
}
