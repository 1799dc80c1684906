// One version for both architectures when the layer holds no native code, through dist/index.js with real pip
// builds against moto; a layer with native code is refused with the matrix to use instead.
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { GetLayerVersionCommand } from '@aws-sdk/client-lambda'
import { errorText, LAYER, project, runFleet, versionsOf } from '../helpers/fleet.js'
import { runAction } from '../helpers/run-action.js'
import { moto, proxy, useMotoBehindProxy } from '../helpers/aws-peers.js'

useMotoBehindProxy()

function pipProject(requirements: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'fleet-arch-'))
  writeFileSync(path.join(dir, 'requirements.txt'), requirements)
  return dir
}

function runPip(workspace: string) {
  return runAction({
    workspace,
    inputs: { 'layer-name': LAYER, runtime: 'python3.12', architecture: 'x86_64,arm64' },
    env: { ...moto.env(proxy.url), LAYER_ACTION_CACHE_DIR: path.join(workspace, '.cache') },
  })
}

const MATRIX =
  /matrix:\n\s+architecture: \[x86_64, arm64\][\s\S]*architecture: \$\{\{ matrix\.architecture \}\}/

describe('fleet: both architectures', () => {
  it('publishes a pure-Python layer once, compatible with x86_64 and arm64', async () => {
    await moto.createFunction({ name: 'orders' })
    const result = await runPip(pipProject('six==1.16.0\n'))
    expect(result.errors).toEqual([])
    expect(result.outputs).toMatchObject({ published: 'true', 'layer-version': '1' })
    const version = await moto.lambda.send(new GetLayerVersionCommand({ LayerName: LAYER, VersionNumber: 1 }))
    expect(version.CompatibleArchitectures).toEqual(['x86_64', 'arm64'])
    expect(version.CompatibleRuntimes).toEqual(['python3.12'])
  })

  it('refuses a package without a pure wheel, showing the matrix to use, and publishes nothing', async () => {
    const result = await runPip(pipProject('PyYAML==6.0.2\n'))
    expect(result.code).toBe(1)
    const error = errorText(result)
    expect(error).toMatch(/PyYAML|pyyaml/)
    expect(error).toMatch(MATRIX)
    expect(await versionsOf(moto.lambda)).toEqual([])
  })

  it('refuses a layer with a native file (ELF), showing the matrix to use, and publishes nothing', async () => {
    const native = project('tool==1\n', 'mkdir -p layer/bin && cp "$(type -P true)" layer/bin/tool\n')
    const result = await runFleet(moto, proxy, native, { architecture: 'x86_64,arm64' })
    expect(result.code).toBe(1)
    const error = errorText(result)
    expect(error).toMatch(/Input 'architecture'.*bin\/tool/)
    expect(error).toMatch(MATRIX)
    expect(proxy.writeCount()).toBe(0)
    expect(await versionsOf(moto.lambda)).toEqual([])
  })
})
