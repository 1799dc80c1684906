// Downloads ask the resolver once per host: parallel connections share the answer.
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { jest } from '@jest/globals'

const asked: string[] = []
const real = await import('node:dns/promises')
jest.unstable_mockModule('node:dns/promises', () => ({
  ...real,
  lookup: (hostname: string, options: object) => {
    asked.push(hostname)
    return real.lookup(hostname, options as { all: true })
  },
}))
const { proxyAwareFetch, sharedLookup } = await import('../../src/core/proxy.js')

it('opens parallel connections to one host with one DNS lookup', async () => {
  let open = 0
  let most = 0
  const server = createServer((request, response) => {
    open++
    most = Math.max(most, open)
    // Held until all eight arrive, so each has a connection of its own.
    setTimeout(() => {
      open--
      response.end(request.url)
    }, 200)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  try {
    const { port } = server.address() as AddressInfo
    const fetchFn = await proxyAwareFetch()
    const bodies = await Promise.all(
      Array.from({ length: 8 }, async (_, i) => (await fetchFn(`http://localhost:${port}/${i}`)).text()),
    )
    expect(bodies).toEqual(Array.from({ length: 8 }, (_, i) => `/${i}`))
    expect(most).toBe(8)
    expect(asked.filter((host) => host === 'localhost')).toEqual(['localhost'])
  } finally {
    server.closeAllConnections()
    server.close()
  }
})

it('answers as dns.lookup does, for one address or all, and for one family', async () => {
  const ask = (options: { all?: boolean; family?: number }) =>
    new Promise<unknown[]>((resolve) =>
      sharedLookup('localhost', options, (err, address, family) => resolve([err, address, family])),
    )
  const [err, all] = await ask({ all: true })
  expect(err).toBeNull()
  expect(all).toContainEqual({ address: '127.0.0.1', family: 4 })
  expect(await ask({ family: 4 })).toEqual([null, '127.0.0.1', 4])
})
