import {
  checkLimits,
  estimateUnzippedSize,
  mapWithConcurrency,
  parseFunctionRef,
  replaceLayer,
  type FunctionState,
} from '../../src/aws/functions.js'
import { InputError } from '../../src/core/errors.js'
import { backoffDelay, withRetry } from '../../src/aws/retry.js'
import { unversioned } from '../../src/core/arn.js'

const arn = (name: string, version: number) =>
  `arn:aws:lambda:us-east-1:123456789012:layer:${name}:${version}`
const MB = 1_048_576

function state(layers: [string, number][], codeSize = 20_000): FunctionState {
  return {
    name: 'api',
    arn: 'arn:aws:lambda:us-east-1:123456789012:function:api',
    codeSize,
    layers: layers.map(([a, codeSize]) => ({ arn: a, codeSize })),
  }
}

describe('unversioned', () => {
  it('strips the version of a layer version ARN only', () => {
    expect(unversioned(arn('deps', 7))).toBe('arn:aws:lambda:us-east-1:123456789012:layer:deps')
    expect(unversioned('arn:aws:lambda:us-east-1:123456789012:layer:deps')).toBe(
      'arn:aws:lambda:us-east-1:123456789012:layer:deps',
    )
    expect(unversioned('arn:aws-cn:lambda:cn-north-1:123456789012:layer:a-b_c:12')).toBe(
      'arn:aws-cn:lambda:cn-north-1:123456789012:layer:a-b_c',
    )
  })
})

describe('replaceLayer', () => {
  it('replaces this layer in place and keeps the others and their order', () => {
    const current = [arn('first', 1), arn('deps', 3), arn('last', 9)]
    expect(replaceLayer(current, arn('deps', 4))).toEqual([arn('first', 1), arn('deps', 4), arn('last', 9)])
  })

  it('appends the layer when the function does not use it', () => {
    expect(replaceLayer([arn('other', 1)], arn('deps', 4))).toEqual([arn('other', 1), arn('deps', 4)])
    expect(replaceLayer([], arn('deps', 4))).toEqual([arn('deps', 4)])
  })

  it('does not confuse layers whose names share a prefix, or the same name in another account', () => {
    const current = [arn('deps-extra', 2), 'arn:aws:lambda:us-east-1:999999999999:layer:deps:5']
    expect(replaceLayer(current, arn('deps', 4))).toEqual([...current, arn('deps', 4)])
  })

  it('leaves a single entry if the list somehow holds the layer twice', () => {
    expect(replaceLayer([arn('deps', 1), arn('x', 1), arn('deps', 2)], arn('deps', 3))).toEqual([
      arn('deps', 3),
      arn('x', 1),
    ])
  })

  it('does not change its input', () => {
    const current = [arn('deps', 1)]
    replaceLayer(current, arn('deps', 2))
    expect(current).toEqual([arn('deps', 1)])
  })
})

describe('checkLimits', () => {
  it('accepts a function within the limits', () => {
    expect(
      checkLimits(state([[arn('deps', 1), 10 * MB]]), { arn: arn('deps', 2), unzippedSize: 40 * MB }),
    ).toEqual([])
  })

  it('counts layers after the replacement', () => {
    const five = [1, 2, 3, 4].map((n) => [arn(`l${n}`, 1), 1] as [string, number])
    expect(
      checkLimits(state([...five, [arn('deps', 1), 1]]), { arn: arn('deps', 2), unzippedSize: 1 }),
    ).toEqual([])
    expect(
      checkLimits(state([...five, [arn('l5', 1), 1]]), { arn: arn('deps', 2), unzippedSize: 1 }),
    ).toEqual(['it would have 6 layers; Lambda allows 5'])
  })

  it('says ≥ when some sizes are only known zipped', () => {
    const fn = state([[arn('big', 1), 100 * MB]])
    const problems = checkLimits(fn, { arn: arn('deps', 2), unzippedSize: 160 * MB })
    expect(problems).toHaveLength(1)
    expect(problems[0]).toMatch(/^function code and layers would be ≥ 260 MB unzipped/)
    expect(problems[0]).toContain('262144000')
  })

  it('is exact when every size is known, and uses the sizes it is given', () => {
    const fn = state([[arn('big', 1), 10 * MB]], 1_000)
    const sizes = new Map([
      [arn('big', 1), 200 * MB],
      [fn.arn, 1 * MB],
    ])
    expect(estimateUnzippedSize(fn, { arn: arn('deps', 2), unzippedSize: 49 * MB }, sizes)).toEqual({
      bytes: 250 * MB,
      exact: true,
    })
    expect(checkLimits(fn, { arn: arn('deps', 2), unzippedSize: 49 * MB }, sizes)).toEqual([])
    const problems = checkLimits(fn, { arn: arn('deps', 2), unzippedSize: 49 * MB + 1 }, sizes)
    expect(problems[0]).toMatch(/^function code and layers would be 250 MB unzipped \(262144001 bytes\);/)
  })

  it('replaces the old version’s size rather than adding the new one to it', () => {
    const fn = state([[arn('deps', 1), 200 * MB]], 0)
    expect(estimateUnzippedSize(fn, { arn: arn('deps', 2), unzippedSize: 100 * MB }).bytes).toBe(100 * MB)
  })

  it('rejects container image functions', () => {
    const fn = { ...state([]), packageType: 'Image' }
    expect(checkLimits(fn, { arn: arn('deps', 2), unzippedSize: 1 })[0]).toMatch(/container image/)
  })
})

describe('parseFunctionRef', () => {
  it('takes names and unqualified ARNs', () => {
    expect(parseFunctionRef(' my-fn_1 ')).toEqual({ name: 'my-fn_1', id: 'my-fn_1', given: 'my-fn_1' })
    const functionArn = 'arn:aws:lambda:eu-west-1:123456789012:function:api'
    expect(parseFunctionRef(functionArn)).toEqual({
      name: 'api',
      partition: 'aws',
      region: 'eu-west-1',
      accountId: '123456789012',
      id: functionArn,
      given: functionArn,
    })
  })

  it('takes partial ARNs and $LATEST as the function itself', () => {
    expect(parseFunctionRef('123456789012:function:orders')).toEqual({
      name: 'orders',
      accountId: '123456789012',
      id: 'orders',
      given: '123456789012:function:orders',
    })
    const cn = 'arn:aws-cn:lambda:cn-north-1:123456789012:function:orders'
    expect(parseFunctionRef(`${cn}:$LATEST`)).toEqual({
      name: 'orders',
      partition: 'aws-cn',
      region: 'cn-north-1',
      accountId: '123456789012',
      id: cn,
      given: `${cn}:$LATEST`,
    })
    expect(parseFunctionRef('123456789012:function:orders:$LATEST').id).toBe('orders')
  })

  it('points a qualified ARN at the aliases input', () => {
    expect(() => parseFunctionRef('arn:aws:lambda:eu-west-1:123456789012:function:api:7')).toThrow(
      /'aliases'/,
    )
    expect(() => parseFunctionRef('123456789012:function:api:live')).toThrow(/'aliases'/)
  })

  it('rejects qualified ARNs and nonsense with an InputError naming the input', () => {
    expect(() => parseFunctionRef('arn:aws:lambda:eu-west-1:123456789012:function:api:prod')).toThrow(
      InputError,
    )
    expect(() => parseFunctionRef('arn:aws:lambda:eu-west-1:123456789012:function:api:prod')).toThrow(/alias/)
    expect(() => parseFunctionRef('has space')).toThrow(/^Input 'functions'/)
  })
})

describe('withRetry', () => {
  it('retries what is retryable with growing, jittered delays', async () => {
    const delays: number[] = []
    let calls = 0
    const result = await withRetry(
      async () => {
        if (++calls < 4) throw new Error('busy')
        return 'done'
      },
      {
        attempts: 5,
        baseDelayMs: 100,
        maxDelayMs: 250,
        retryable: () => true,
        sleep: async (ms) => void delays.push(ms),
        random: () => 1,
      },
    )
    expect(result).toBe('done')
    expect(delays).toEqual([100, 200, 250])
  })

  it('stops at once on an error that is not retryable, and after the last attempt', async () => {
    const sleep = async () => {}
    let calls = 0
    const fail = async () => {
      calls++
      throw new Error('no')
    }
    await expect(
      withRetry(fail, { attempts: 5, baseDelayMs: 1, maxDelayMs: 1, retryable: () => false, sleep }),
    ).rejects.toThrow('no')
    expect(calls).toBe(1)
    await expect(
      withRetry(fail, { attempts: 3, baseDelayMs: 1, maxDelayMs: 1, retryable: () => true, sleep }),
    ).rejects.toThrow('no')
    expect(calls).toBe(4)
  })

  it('keeps at least half of each backoff step', () => {
    expect(backoffDelay(3, 100, 10_000, () => 0)).toBe(200)
    expect(backoffDelay(3, 100, 10_000, () => 0.999)).toBeLessThanOrEqual(400)
  })
})

describe('mapWithConcurrency', () => {
  it('keeps the order of the items and the bound', async () => {
    let inFlight = 0
    let peak = 0
    const results = await mapWithConcurrency([30, 10, 20, 5, 1], 2, async (ms, i) => {
      peak = Math.max(peak, ++inFlight)
      await new Promise((r) => setTimeout(r, ms))
      inFlight--
      return i
    })
    expect(results).toEqual([0, 1, 2, 3, 4])
    expect(peak).toBe(2)
  })

  it('rejects with the first error and starts nothing after it', async () => {
    const started: number[] = []
    const attempt = mapWithConcurrency([1, 2, 3, 4], 1, async (n) => {
      started.push(n)
      if (n === 2) throw new Error('two')
      return n
    })
    await expect(attempt).rejects.toThrow('two')
    expect(started).toEqual([1, 2])
  })

  it('handles no items', async () => {
    expect(await mapWithConcurrency([], 8, async () => 1)).toEqual([])
  })
})
