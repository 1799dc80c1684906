// The fault proxy stands in for what moto does not emulate; these tests hold it to Lambda's behaviour.
import {
  GetFunctionCommand,
  LambdaClient,
  ListFunctionsCommand,
  UpdateFunctionConfigurationCommand,
} from '@aws-sdk/client-lambda'
import { moto, proxy, useMotoBehindProxy } from '../helpers/aws-peers.js'

useMotoBehindProxy()

let lambda: LambdaClient
beforeAll(() => {
  lambda = new LambdaClient({
    region: moto.region,
    endpoint: proxy.url,
    credentials: { accessKeyId: 'testing', secretAccessKey: 'testing' },
    maxAttempts: 1,
  })
})
afterEach(() => {
  proxy.updateDelayMs = undefined
  proxy.pageSize = undefined
})

async function revisionOf(name: string): Promise<string> {
  return (await lambda.send(new GetFunctionCommand({ FunctionName: name }))).Configuration!.RevisionId!
}

function read(name: string) {
  return lambda.send(new GetFunctionCommand({ FunctionName: name }))
}

describe('fault proxy', () => {
  it('gives every configuration a RevisionId and refuses a write with a stale one', async () => {
    await moto.createFunction({ name: 'orders' })
    const revision = await revisionOf('orders')
    expect(revision).toMatch(/^[0-9a-f-]{36}$/)
    expect(await revisionOf('orders')).toBe(revision)
    await lambda.send(
      new UpdateFunctionConfigurationCommand({
        FunctionName: 'orders',
        Description: 'a',
        RevisionId: revision,
      }),
    )
    expect(await revisionOf('orders')).not.toBe(revision)
    await expect(
      lambda.send(
        new UpdateFunctionConfigurationCommand({
          FunctionName: 'orders',
          Description: 'b',
          RevisionId: revision,
        }),
      ),
    ).rejects.toMatchObject({ name: 'PreconditionFailedException' })
    expect((await read('orders')).Configuration!.Description).toBe('a')
  })

  it('applies concurrent updates of one function one at a time: of two with the same RevisionId, one wins', async () => {
    proxy.updateDelayMs = { min: 0, max: 5 }
    for (let trial = 0; trial < 5; trial++) {
      await moto.reset()
      await moto.createFunction({ name: 'orders' })
      const revision = await revisionOf('orders')
      const outcomes = await Promise.allSettled(
        ['first', 'second'].map((Description) =>
          lambda.send(
            new UpdateFunctionConfigurationCommand({
              FunctionName: 'orders',
              Description,
              RevisionId: revision,
            }),
          ),
        ),
      )
      expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(1)
      const refused = outcomes.find((o) => o.status === 'rejected') as PromiseRejectedResult
      expect(refused.reason).toMatchObject({ name: 'PreconditionFailedException' })
      const winner = (
        outcomes.find((o) => o.status === 'fulfilled') as PromiseFulfilledResult<{ Description?: string }>
      ).value.Description
      expect((await read('orders')).Configuration!.Description).toBe(winner)
    }
  })

  it('delays updates by a random time in the range it is given, and reads not at all', async () => {
    await moto.createFunction({ name: 'orders' })
    proxy.updateDelayMs = { min: 150, max: 200 }
    let started = Date.now()
    await lambda.send(new UpdateFunctionConfigurationCommand({ FunctionName: 'orders', Description: 'slow' }))
    expect(Date.now() - started).toBeGreaterThanOrEqual(150)
    started = Date.now()
    await read('orders')
    expect(Date.now() - started).toBeLessThan(150)
  })

  it('pages list calls with Marker and NextMarker', async () => {
    for (const name of ['a', 'b', 'c']) await moto.createFunction({ name })
    proxy.pageSize = 2
    const first = await lambda.send(new ListFunctionsCommand({}))
    expect(first.Functions).toHaveLength(2)
    expect(first.NextMarker).toBeTruthy()
    const second = await lambda.send(new ListFunctionsCommand({ Marker: first.NextMarker }))
    expect(second.Functions).toHaveLength(1)
    expect(second.NextMarker).toBeUndefined()
  })
})
