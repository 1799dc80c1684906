// Issue 7, part 3, through dist/index.js: secrets are masked before anything is printed and never printed by the
// action itself, build-command runs without the action's own tokens, and a layer is shared with nobody unless asked.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { GetLayerVersionPolicyCommand } from '@aws-sdk/client-lambda'
import { runAction } from '../helpers/run-action.js'
import { moto, proxy, useMotoBehindProxy } from '../helpers/aws-peers.js'

useMotoBehindProxy()

const TOKEN = 'ghs_SecretTokenFromTheInput0123456789abcdef'
const AWS_SECRET = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYSECRETKEY42'
const AWS_SESSION = 'FwoGZXIvYXdzSESSIONTOKEN/abcdefghijklmnop+0123456789'
const SECRETS = [TOKEN, AWS_SECRET, AWS_SESSION]

function project(build = 'mkdir -p layer/python && cp deps.lock layer/python/deps.txt\n'): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'security-'))
  writeFileSync(path.join(dir, 'deps.lock'), 'requests==2.32.5\n')
  writeFileSync(path.join(dir, 'build.sh'), build)
  return dir
}

function run(workspace: string, inputs: Record<string, string> = {}) {
  return runAction({
    workspace,
    inputs: {
      'layer-name': 'shop-deps',
      runtime: 'python3.12',
      lockfiles: 'deps.lock',
      'build-command': 'bash build.sh',
      'layer-directory': 'layer',
      'github-token': TOKEN,
      ...inputs,
    },
    env: {
      ...moto.env(proxy.url),
      AWS_SECRET_ACCESS_KEY: AWS_SECRET,
      AWS_SESSION_TOKEN: AWS_SESSION,
      ACTIONS_RUNTIME_TOKEN: 'runner-runtime-token',
      ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'runner-oidc-request-token',
      ACTIONS_ID_TOKEN_REQUEST_URL: 'http://127.0.0.1:9/oidc',
      LAYER_ACTION_CACHE_DIR: path.join(workspace, '.cache'),
    },
  })
}

/** Every secret is masked (`::add-mask::`) before any other line, and appears in no other line. */
function expectMaskedAndNeverPrinted(stdout: string, stderr: string): void {
  const lines = stdout.split('\n')
  for (const secret of SECRETS) {
    const mask = lines.indexOf(`::add-mask::${secret}`)
    expect(mask).toBeGreaterThanOrEqual(0)
    expect(lines.slice(0, mask).every((l) => l.startsWith('::add-mask::'))).toBe(true)
    expect(lines.filter((l) => l.includes(secret) && !l.startsWith('::add-mask::'))).toEqual([])
    expect(stderr).not.toContain(secret)
  }
}

describe('secrets', () => {
  it('the github-token and the AWS secrets are masked first and never printed, on success and on failure', async () => {
    await moto.createFunction({ name: 'orders' })
    const workspace = project()
    const ok = await run(workspace, { functions: 'orders' })
    expect(ok.errors).toEqual([])
    expectMaskedAndNeverPrinted(ok.stdout, ok.stderr)

    const failed = await run(workspace, { functions: 'orders, ghost' })
    expect(failed.code).not.toBe(0)
    expectMaskedAndNeverPrinted(failed.stdout, failed.stderr)

    const badInput = await run(workspace, { 'keep-versions': 'many' })
    expect(badInput.code).not.toBe(0)
    expectMaskedAndNeverPrinted(badInput.stdout, badInput.stderr)
  })

  it('build-command runs in working-directory without the token, the runner tokens or the inputs', async () => {
    const workspace = project(
      'mkdir -p layer/python && cp deps.lock layer/python/deps.txt\n' +
        'env > "$RUNNER_TEMP/../build-env.txt"\npwd > "$RUNNER_TEMP/../build-pwd.txt"\n',
    )
    const result = await run(workspace)
    expect(result.code).toBe(0)
    // run-action keeps RUNNER_TEMP in a folder of its own; the build wrote next to it.
    const runDir = result.outputs['report-path'].split('/runner-temp/')[0]
    const seen = readFileSync(path.join(runDir, 'build-env.txt'), 'utf8')
    expect(readFileSync(path.join(runDir, 'build-pwd.txt'), 'utf8').trim()).toBe(workspace)
    for (const secret of [TOKEN, 'runner-runtime-token', 'runner-oidc-request-token']) {
      expect(seen).not.toContain(secret)
    }
    expect(seen).not.toMatch(/^INPUT_/m)
    expect(seen).toMatch(/^LAYER_ARCH=x86_64$/m)
    expect(seen).toMatch(/^LAYER_DIRECTORY=.*\/layer$/m)
  })
})

describe('sharing', () => {
  async function policyOf(arn: string): Promise<string | undefined> {
    const [, , , , , , name, version] = arn.split(':')
    try {
      const policy = await moto.lambda.send(
        new GetLayerVersionPolicyCommand({ LayerName: name, VersionNumber: Number(version) }),
      )
      return policy.Policy
    } catch (err) {
      if ((err as Error).name === 'ResourceNotFoundException') return undefined
      throw err
    }
  }

  it('a new version is shared with nobody unless share-with asks', async () => {
    const result = await run(project())
    expect(result.code).toBe(0)
    const policy = await policyOf(result.outputs['layer-version-arn'])
    expect(policy ?? '').not.toMatch(/"\*"|Principal":\s*"\*/)
    expect(policy).toBeUndefined()
  })

  it('share-with an account grants that account only, never *', async () => {
    const result = await run(project(), { 'share-with': '111122223333' })
    expect(result.errors).toEqual([])
    const policy = JSON.parse((await policyOf(result.outputs['layer-version-arn'])) ?? '{}')
    const principals = (policy.Statement ?? []).map((s: { Principal: unknown }) =>
      JSON.stringify(s.Principal),
    )
    expect(principals.length).toBeGreaterThan(0)
    for (const p of principals) {
      expect(p).toContain('111122223333')
      expect(p).not.toBe('"*"')
    }
  })
})
