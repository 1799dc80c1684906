// Several regions and sharing, through dist/index.js against one moto server (it keeps regions apart) behind the proxy.
import { writeFileSync } from 'node:fs'
import path from 'node:path'
import { GetLayerVersionPolicyCommand } from '@aws-sdk/client-lambda'
import {
  createFunctionIn,
  errorText,
  LAYER,
  lambdaIn,
  layersOf,
  project,
  runFleet,
  versionsOf,
} from '../helpers/fleet.js'
import { moto, proxy, useMotoBehindProxy } from '../helpers/aws-peers.js'

useMotoBehindProxy()

const US = 'us-east-1'
const EU = 'eu-west-1'

async function policyOf(region: string, version: number): Promise<string> {
  const answer = await lambdaIn(moto, region).send(
    new GetLayerVersionPolicyCommand({ LayerName: LAYER, VersionNumber: version }),
  )
  return answer.Policy ?? ''
}

describe('fleet: regions and sharing', () => {
  it('publishes the same zip to two regions, moves the functions in each, and shares every new version', async () => {
    const otherLayer = await moto.publishLayer('monitoring')
    await createFunctionIn(moto, US, 'orders', [otherLayer])
    await createFunctionIn(moto, EU, 'orders')
    const workspace = project()
    const inputs = {
      regions: `${US}, ${EU}`,
      functions: 'orders',
      'share-with': '111122223333, o-abcdefghij',
    }

    const first = await runFleet(moto, proxy, workspace, inputs)
    expect(first.errors).toEqual([])
    expect(first.code).toBe(0)
    const arns = JSON.parse(first.outputs['layer-version-arns'])
    expect(Object.keys(arns).sort()).toEqual([EU, US])
    expect(arns[US]).toMatch(new RegExp(`^arn:aws:lambda:${US}:\\d{12}:layer:${LAYER}:1$`))
    expect(arns[EU]).toMatch(new RegExp(`^arn:aws:lambda:${EU}:\\d{12}:layer:${LAYER}:1$`))
    // The single-region outputs describe the first region, as before.
    expect(first.outputs).toMatchObject({
      published: 'true',
      'layer-version-arn': arns[US],
      'layer-version': '1',
    })
    expect(JSON.parse(first.outputs['updated-functions'])).toEqual(['orders'])
    expect(await layersOf(lambdaIn(moto, US), 'orders')).toEqual([otherLayer, arns[US]])
    expect(await layersOf(lambdaIn(moto, EU), 'orders')).toEqual([arns[EU]])

    for (const region of [US, EU]) {
      const policy = await policyOf(region, 1)
      expect(policy).toContain('111122223333')
      expect(policy).toContain('o-abcdefghij')
      expect(JSON.parse(policy).Statement).toHaveLength(2)
    }
    expect(first.stdout).toMatch(/Shared .*:layer:shop-deps:1 with 111122223333, o-abcdefghij/)

    proxy.reset()
    const again = await runFleet(moto, proxy, workspace, inputs)
    expect(again.code).toBe(0)
    expect(again.outputs).toMatchObject({ published: 'false', plan: 'reuse', 'updated-functions': '[]' })
    expect(JSON.parse(again.outputs['layer-version-arns'])).toEqual(arns)
    expect(proxy.writeCount()).toBe(0)
  })

  it('reports a region that fails by name, and still publishes and moves the functions in the others', async () => {
    await createFunctionIn(moto, US, 'orders')
    await createFunctionIn(moto, EU, 'orders')
    const workspace = project()
    proxy.failInRegion(EU, 'PublishLayerVersion', 5, 403, 'AccessDeniedException', 'not allowed in eu-west-1')

    const result = await runFleet(moto, proxy, workspace, { regions: `${EU}, ${US}`, functions: 'orders' })
    expect(result.code).toBe(1)
    expect(errorText(result)).toMatch(/^eu-west-1: publishing failed: .*not allowed/m)
    expect(errorText(result)).not.toMatch(/us-east-1/)
    const arns = JSON.parse(result.outputs['layer-version-arns'])
    expect(Object.keys(arns)).toEqual([US])
    expect(await layersOf(lambdaIn(moto, US), 'orders')).toEqual([arns[US]])
    expect(await layersOf(lambdaIn(moto, EU), 'orders')).toEqual([])
    expect(await versionsOf(lambdaIn(moto, EU))).toEqual([])
    expect(result.summary).toMatch(new RegExp(`\\| ${EU} \\| publish \\|[^\\n]*❌[^\\n]*not allowed`))
    expect(result.summary).toMatch(new RegExp(`\\| ${US} \\| publish \\| v1 \\| published`))

    // The next run finishes the failed region and leaves the other as it is.
    proxy.reset()
    const retry = await runFleet(moto, proxy, workspace, { regions: `${EU}, ${US}`, functions: 'orders' })
    expect(retry.code).toBe(0)
    expect(proxy.writeCount('PublishLayerVersion')).toBe(1)
    expect(retry.summary).toContain(`| ${US} | reuse | v1 | reused |`)
    expect(await versionsOf(lambdaIn(moto, US))).toEqual([1])
    expect(await layersOf(lambdaIn(moto, EU), 'orders')).toEqual([
      JSON.parse(retry.outputs['layer-version-arns'])[EU],
    ])
  })

  it("reports each region's own plan: reused where the version exists, a publish where it does not", async () => {
    const workspace = project('requests==2.32.5\nper-region==1\n')
    const first = await runFleet(moto, proxy, workspace, { regions: US })
    expect(first.outputs.published).toBe('true')

    const plan = await runFleet(moto, proxy, workspace, { regions: `${US}, ${EU}`, mode: 'plan' })
    expect(plan.code).toBe(0)
    expect(plan.outputs.plan).toBe('publish')
    expect(plan.summary).toContain(`| ${US} | reuse | v1 | reused |`)
    expect(plan.summary).toMatch(new RegExp(`\\| ${EU} \\| publish \\|[^\\n]*would publish on merge`))
  })

  it('refuses a zip over 50 MB without s3-bucket before moving anything in any region', async () => {
    await moto.createBucket('layer-zips')
    const big = project('big==1\n', 'mkdir -p layer && head -c 53000000 /dev/urandom > layer/blob.bin\n')
    const first = await runFleet(moto, proxy, big, { regions: US, 's3-bucket': 'layer-zips' })
    expect(first.errors).toEqual([])
    expect(first.outputs.published).toBe('true')
    await createFunctionIn(moto, US, 'orders')
    await createFunctionIn(moto, EU, 'orders')

    // us-east-1 has the version and only needs its function moved; eu-west-1 would need the upload.
    proxy.reset()
    const refused = await runFleet(moto, proxy, big, { regions: `${US}, ${EU}`, functions: 'orders' })
    expect(refused.code).toBe(1)
    expect(errorText(refused)).toMatch(/over Lambda's 50 MB limit for a direct upload[^]*'s3-bucket'/)
    expect(proxy.writeCount()).toBe(0)
    expect(await layersOf(lambdaIn(moto, US), 'orders')).toEqual([])
    expect(await versionsOf(lambdaIn(moto, EU))).toEqual([])
  })

  it('shares a reused version with an account added later, and with everyone only when asked', async () => {
    const workspace = project()
    expect((await runFleet(moto, proxy, workspace, { 'share-with': '111122223333' })).code).toBe(0)
    expect(await policyOf(US, 1)).not.toContain('"*"')

    const added = await runFleet(moto, proxy, workspace, { 'share-with': '111122223333, 444455556666, *' })
    expect(added.code).toBe(0)
    expect(added.outputs.published).toBe('false')
    const statements = JSON.parse(await policyOf(US, 1)).Statement
    expect(statements).toHaveLength(3)
    expect(statements.map((s: { Principal: unknown }) => JSON.stringify(s.Principal)).join(' ')).toContain(
      '"*"',
    )
  })

  it('refuses an invalid share-with before anything in AWS changes', async () => {
    const workspace = project()
    writeFileSync(path.join(workspace, 'deps.lock'), 'six==1.16.0\n')
    const result = await runFleet(moto, proxy, workspace, { 'share-with': '12345' })
    expect(result.code).toBe(1)
    expect(errorText(result)).toMatch(/share-with/)
    expect(proxy.writeCount()).toBe(0)
    expect(await versionsOf(moto.lambda)).toEqual([])
  })
})
