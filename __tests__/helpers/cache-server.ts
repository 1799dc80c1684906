// A loopback stand-in for the GitHub Actions cache service v2, as @actions/cache 6.x speaks it:
// twirp JSON for metadata (lib/generated/results/api/v1/cache.twirp-client.js) and Azure-blob-style signed URLs
// for the archive (uploads through @azure/storage-blob: one PUT up to 128 MiB, else ?comp=block + ?comp=blocklist;
// downloads are one plain GET because the host is not *.blob.core.windows.net).
import { mkdtemp, rm } from 'node:fs/promises'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import os from 'node:os'
import path from 'node:path'

const TWIRP = '/twirp/github.actions.results.api.v1.CacheService/'

interface Entry {
  key: string
  version: string
  blob?: Buffer
  committed: boolean
}

export interface CacheServer {
  url: string
  /** Everything a process needs to use this service (GITHUB_SERVER_URL must stay unset or non-loopback). */
  env: Record<string, string>
  /** Keys of committed entries. */
  entries(): string[]
  requests: { method: string; path: string }[]
  /** The next `n` requests, of any kind, are answered with `status`. */
  failNext(n: number, status: number): void
  close(): Promise<void>
}

export async function startCacheServer(): Promise<CacheServer> {
  const entries = new Map<string, Entry>() // by blob id
  const blocks = new Map<string, Buffer>() // staged by `${blob path}/${block id}`
  const requests: { method: string; path: string }[] = []
  let failures = { left: 0, status: 500 }
  let url = ''

  const lookup = (key: string, version: string) =>
    [...entries].find(([, e]) => e.key === key && e.version === version) ?? []
  const blobUrl = (id: string, access: string) => `${url}/blob/cache/${id}?sig=loopback-${access}-signature`

  const twirp: Record<string, (body: Record<string, string>) => [number, object]> = {
    GetCacheEntryDownloadURL({ key, version }) {
      const [id, entry] = lookup(key, version)
      // A miss is 200 with ok=false: any non-2xx makes the library log a warning ("Failed to restore").
      if (!id || !entry?.committed) return [200, { ok: false }]
      return [200, { ok: true, signed_download_url: blobUrl(id, 'read'), matched_key: key }]
    },
    CreateCacheEntry({ key, version }) {
      // What github.com answers for an existing key; the library turns it into a ReserveCacheError (info).
      if (lookup(key, version)[1]) return [409, { code: 'already_exists', msg: 'cache entry already exists' }]
      const id = String(entries.size + 1)
      entries.set(id, { key, version, committed: false })
      return [200, { ok: true, signed_upload_url: blobUrl(id, 'write') }]
    },
    FinalizeCacheEntryUpload({ key, version, size_bytes }) {
      const [id, entry] = lookup(key, version)
      if (!entry?.blob || entry.committed || entry.blob.length !== Number(size_bytes))
        return [404, { code: 'not_found', msg: 'no uploaded entry to finalize' }]
      entry.committed = true
      return [200, { ok: true, entry_id: id }]
    },
  }

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const u = new URL(req.url ?? '/', url)
    requests.push({ method: req.method ?? '', path: u.pathname + u.search })
    const chunks: Buffer[] = []
    for await (const chunk of req) chunks.push(chunk as Buffer)
    const body = Buffer.concat(chunks)
    const json = (status: number, value: object): void =>
      void res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(value))

    if (failures.left > 0) {
      failures.left--
      return json(failures.status, { code: 'internal', msg: `injected ${failures.status}` })
    }
    if (u.pathname.startsWith(TWIRP) && req.method === 'POST') {
      const method = twirp[u.pathname.slice(TWIRP.length)]
      if (!method) return json(404, { code: 'bad_route', msg: u.pathname })
      return json(...method(JSON.parse(body.toString() || '{}')))
    }
    const entry = entries.get(u.pathname.replace('/blob/cache/', ''))
    if (!u.pathname.startsWith('/blob/cache/') || !entry) return json(404, { msg: 'no such blob' })
    if (req.method === 'GET' && entry.blob) {
      return void res.writeHead(200, { 'content-length': entry.blob.length }).end(entry.blob)
    }
    if (req.method === 'PUT' && !entry.committed) {
      const comp = u.searchParams.get('comp')
      const block = (id: string | null) => `${u.pathname}/${id}`
      if (comp === 'block') blocks.set(block(u.searchParams.get('blockid')), body)
      else if (comp === 'blocklist') {
        const ids = [...body.toString().matchAll(/<(?:Latest|Uncommitted|Committed)>([^<]*)</g)]
        entry.blob = Buffer.concat(ids.map((m) => blocks.get(block(m[1])) ?? Buffer.alloc(0)))
      } else entry.blob = body
      return void res.writeHead(201, { etag: '"1"', 'last-modified': new Date().toUTCString() }).end()
    }
    json(405, { msg: `${req.method} not allowed here` })
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((err: unknown) => res.writeHead(500).end(String(err)))
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  const runnerTemp = await mkdtemp(path.join(os.tmpdir(), 'cache-server-runner-temp-'))

  return {
    url,
    env: {
      ACTIONS_CACHE_SERVICE_V2: 'true',
      ACTIONS_RESULTS_URL: `${url}/`,
      ACTIONS_RUNTIME_TOKEN: 'loopback-token',
      RUNNER_TEMP: runnerTemp,
    },
    entries: () => [...entries.values()].filter((e) => e.committed).map((e) => e.key),
    requests,
    failNext: (n, status) => void (failures = { left: n, status }),
    async close() {
      server.closeAllConnections()
      await new Promise<void>((resolve) => server.close(() => resolve()))
      await rm(runnerTemp, { recursive: true, force: true })
    },
  }
}
