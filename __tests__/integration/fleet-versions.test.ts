// Pruning, functions found by the layer they use, and two runs publishing the same layer at once, through
// dist/index.js against moto behind the fault proxy (which pages every list call and holds publishes together).
import { cpSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { CreateAliasCommand, PublishVersionCommand } from '@aws-sdk/client-lambda'
import { LAYER, layersOf, project, runFleet, versionsOf } from '../helpers/fleet.js'
import { moto, proxy, useMotoBehindProxy } from '../helpers/aws-peers.js'

useMotoBehindProxy()

beforeEach(async () => {
  proxy.pageSize = 2
})

/** Versions of the layer published by someone else, each with different content. */
async function olderVersions(count: number): Promise<string[]> {
  const arns: string[] = []
  for (let i = 0; i < count; i++) {
    arns.push(await moto.publishLayer(LAYER, { 'python/old.txt': String(i) }, `by hand ${i}`))
  }
  return arns
}

describe('fleet: versions', () => {
  it('prunes to keep-versions, but keeps versions used by a function or by a published version behind an alias', async () => {
    const [v1, v2, v3] = await olderVersions(4)
    await moto.createFunction({ name: 'orders', layers: [v3] })
    await moto.createFunction({ name: 'unrelated' })
    // Listed last, so only a scan that follows the pages sees that v1 and v2 are in use.
    await moto.createFunction({ name: 'legacy', layers: [v1] })
    await moto.lambda.send(new PublishVersionCommand({ FunctionName: 'legacy' }))
    await moto.lambda.send(
      new CreateAliasCommand({ FunctionName: 'legacy', Name: 'live', FunctionVersion: '1' }),
    )
    await moto.setLayers('legacy', [v2])

    const result = await runFleet(moto, proxy, project(), { functions: 'orders', 'keep-versions': '1' })
    expect(result.errors).toEqual([])
    expect(result.outputs).toMatchObject({ published: 'true', 'layer-version': '5' })
    // v3 was freed by moving orders; v4 was never used; v1 is pinned by legacy:1 (the alias 'live'), v2 by legacy.
    expect(await versionsOf(moto.lambda)).toEqual([1, 2, 5])
    expect(await layersOf(moto.lambda, 'legacy', 'live')).toEqual([v1])
    expect(await layersOf(moto.lambda, 'orders')).toEqual([result.outputs['layer-version-arn']])
    expect(result.stdout).toMatch(/Deleted old versions of shop-deps \(us-east-1\): 3, 4/)
    expect(result.stdout).toMatch(/Kept version 1 of shop-deps \(us-east-1\): in use by legacy:1/)
    expect(result.stdout).toMatch(/Kept version 2 of shop-deps \(us-east-1\): in use by legacy\b/)
    expect(proxy.readCount('ListFunctions')).toBeGreaterThanOrEqual(2)
    // The job summary says the same.
    expect(result.summary).toMatch(/deleted old versions v3, v4; kept v1 \(in use by legacy:1\); kept v2/)

    proxy.reset()
    const again = await runFleet(moto, proxy, project(), { functions: 'orders', 'keep-versions': '1' })
    expect(again.outputs.published).toBe('false')
    expect(proxy.writeCount()).toBe(0)
  })

  it('moves every function that uses an older version of the layer, and leaves the rest', async () => {
    const [v1] = await olderVersions(1)
    const other = await moto.publishLayer('monitoring')
    for (const name of ['alpha', 'beta', 'gamma']) await moto.createFunction({ name, layers: [other, v1] })
    await moto.createFunction({ name: 'plain', layers: [other] })
    await moto.createFunction({ name: 'bare' })
    const workspace = project()

    const first = await runFleet(moto, proxy, workspace, { 'update-layer-users': 'true' })
    expect(first.errors).toEqual([])
    const v2 = first.outputs['layer-version-arn']
    expect(v2).toMatch(/:2$/)
    expect(JSON.parse(first.outputs['updated-functions']).sort()).toEqual(['alpha', 'beta', 'gamma'])
    for (const name of ['alpha', 'beta', 'gamma'])
      expect(await layersOf(moto.lambda, name)).toEqual([other, v2])
    expect(await layersOf(moto.lambda, 'plain')).toEqual([other])
    expect(await layersOf(moto.lambda, 'bare')).toEqual([])

    // Someone moves gamma to a newer version by hand and puts delta on the old one; the same lockfile runs again.
    const [v3] = await olderVersions(1)
    await moto.setLayers('gamma', [other, v3])
    await moto.createFunction({ name: 'delta', layers: [v1] })
    const second = await runFleet(moto, proxy, workspace, { 'update-layer-users': 'true' })
    expect(second.errors).toEqual([])
    expect(second.outputs).toMatchObject({ published: 'false', 'layer-version-arn': v2 })
    expect(JSON.parse(second.outputs['updated-functions'])).toEqual(['delta'])
    expect(await layersOf(moto.lambda, 'delta')).toEqual([v2])
    expect(await layersOf(moto.lambda, 'gamma')).toEqual([other, v3])
    expect(second.stdout).toMatch(/gamma \(version 3\)/)

    // In plan mode the functions it would move are listed, and nothing is written.
    await moto.setLayers('delta', [v1])
    proxy.reset()
    const plan = await runFleet(moto, proxy, workspace, { 'update-layer-users': 'true', mode: 'plan' })
    expect(plan.code).toBe(0)
    expect(plan.summary).toContain('delta')
    expect(proxy.writeCount()).toBe(0)
  })

  it('two runs publishing the same fingerprint at once end with the functions on one version, and no duplicate', async () => {
    await moto.createFunction({ name: 'orders' })
    await moto.createFunction({ name: 'payments' })
    const first = project()
    const second = project()
    cpSync(path.join(first, 'deps.lock'), path.join(second, 'deps.lock'))
    proxy.holdUntil('PublishLayerVersion', 2)

    const [a, b] = await Promise.all([
      runFleet(moto, proxy, first, { functions: 'orders' }),
      runFleet(moto, proxy, second, { functions: 'orders, payments', 'keep-versions': '3' }),
    ])
    expect([a.errors, b.errors]).toEqual([[], []])
    expect(proxy.writeCount('PublishLayerVersion')).toBe(2)
    expect(a.outputs['layer-version-arn']).toBe(b.outputs['layer-version-arn'])
    const settled = a.outputs['layer-version-arn']
    expect(settled).toMatch(/:1$/)
    expect([a.outputs.published, b.outputs.published].sort()).toEqual(['false', 'true'])
    expect(await versionsOf(moto.lambda)).toEqual([1])
    expect(await layersOf(moto.lambda, 'orders')).toEqual([settled])
    expect(await layersOf(moto.lambda, 'payments')).toEqual([settled])
    expect(`${a.stdout}\n${b.stdout}`).toMatch(
      /Deleted version 2 of shop-deps \(us-east-1\): it duplicated version 1/,
    )

    // A later run finds the one version and changes nothing.
    proxy.reset()
    writeFileSync(path.join(first, 'unrelated.txt'), 'x')
    const later = await runFleet(moto, proxy, first, { functions: 'orders, payments' })
    expect(later.outputs).toMatchObject({ published: 'false', 'layer-version-arn': settled })
    expect(proxy.writeCount()).toBe(0)
  })
})
