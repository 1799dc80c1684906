// moto with the fault proxy in front of it, shared by the tests of one file. Jest gives each test file its own
// module registry, so these bindings belong to the file that imports them.
import { startFaultProxy, type FaultProxy } from './fault-proxy.js'
import { startMotoForTests, type MotoServer } from './moto.js'

/** Set by useMotoBehindProxy's beforeAll (live ES module bindings). */
export let moto: MotoServer
export let proxy: FaultProxy

/**
 * Starts moto and the proxy once for the calling test file and stops them after it. Unless `resetBeforeEach` is
 * false, every test starts from an empty moto and a proxy with no counts or queued faults (its pageSize, latency
 * and limits stay as the file set them).
 */
export function useMotoBehindProxy({ resetBeforeEach = true } = {}): void {
  beforeAll(async () => {
    moto = await startMotoForTests()
    proxy = await startFaultProxy(moto.url)
  })
  afterAll(async () => {
    await proxy?.stop()
    await moto?.stop()
  })
  if (resetBeforeEach) {
    beforeEach(async () => {
      await moto.reset()
      proxy.reset()
    })
  }
}
