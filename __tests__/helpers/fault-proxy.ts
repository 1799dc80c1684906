// A loopback HTTP proxy in front of moto that adds what moto does not emulate: pagination, RevisionId,
// update-in-progress conflicts, throttling, server errors, latency, LastUpdateStatus, and Lambda's size limits.
// Errors take Lambda's REST-JSON shape: the code in `x-amzn-ErrorType`, `{ Type, message }` in the body.
import { createHash, randomUUID } from 'node:crypto'
import {
  createServer,
  request,
  type IncomingHttpHeaders,
  type IncomingMessage,
  type ServerResponse,
} from 'node:http'
import type { AddressInfo } from 'node:net'

type Json = Record<string, any> // eslint-disable-line @typescript-eslint/no-explicit-any
interface Call {
  method: string
  url: URL
  headers: IncomingHttpHeaders
  body: Buffer
}
interface Answer {
  status: number
  headers: IncomingHttpHeaders
  body: Buffer
}
interface Failure {
  status: number
  code: string
  message: string
  times: number
  extra?: Json
  /** Only calls signed for this region fail; undefined fails calls in every region. */
  region?: string
}
interface LostAnswer {
  times: number
  /** 0: drop the connection; otherwise answer this late. */
  delayMs: number
  /** Called once the call has reached moto, e.g. to queue the next fault. */
  afterward?: () => void
}
export interface Limits {
  maxLayers: number
  maxUnzippedBytes: number
  /** Lambda limits the request, not the zip: 69,905,067 bytes is a 50 MB zip, base64-encoded in JSON. */
  maxRequestBytes: number
  /** Unzipped size of a layer version = its CodeSize × this, unless registered in `unzippedSizes`. */
  unzipFactor: number
}
export const LAMBDA_LIMITS: Limits = {
  maxLayers: 5,
  maxUnzippedBytes: 262_144_000,
  maxRequestBytes: 69_905_067,
  unzipFactor: 1,
}

const LIST_KEYS: Record<string, string> = {
  ListLayers: 'Layers',
  ListLayerVersions: 'LayerVersions',
  ListFunctions: 'Functions',
  ListVersionsByFunction: 'Versions',
  ListAliases: 'Aliases',
}
const FN = '/2015-03-31/functions/([^/]+)'
const ROUTES: [string, RegExp, string][] = [
  ['GET', /^\/2018-10-31\/layers\/?$/, 'ListLayers'],
  ['GET', /^\/2018-10-31\/layers\/[^/]+\/versions\/?$/, 'ListLayerVersions'],
  ['POST', /^\/2018-10-31\/layers\/[^/]+\/versions\/?$/, 'PublishLayerVersion'],
  ['GET', /^\/2018-10-31\/layers\/[^/]+\/versions\/\d+$/, 'GetLayerVersion'],
  ['DELETE', /^\/2018-10-31\/layers\/[^/]+\/versions\/\d+$/, 'DeleteLayerVersion'],
  ['POST', /^\/2018-10-31\/layers\/[^/]+\/versions\/\d+\/policy\/?$/, 'AddLayerVersionPermission'],
  ['GET', /^\/2015-03-31\/functions\/?$/, 'ListFunctions'],
  ['POST', /^\/2015-03-31\/functions\/?$/, 'CreateFunction'],
  ['GET', new RegExp(`^${FN}/?$`), 'GetFunction'],
  ['GET', new RegExp(`^${FN}/configuration$`), 'GetFunctionConfiguration'],
  ['PUT', new RegExp(`^${FN}/configuration$`), 'UpdateFunctionConfiguration'],
  ['PUT', new RegExp(`^${FN}/code$`), 'UpdateFunctionCode'],
  ['GET', new RegExp(`^${FN}/versions$`), 'ListVersionsByFunction'],
  ['GET', new RegExp(`^${FN}/aliases$`), 'ListAliases'],
]
const UPDATES = ['UpdateFunctionConfiguration', 'UpdateFunctionCode']
// moto picks the service from the credential scope, so the proxy's own reads carry one.
const LAMBDA_AUTH = {
  authorization: 'AWS4-HMAC-SHA256 Credential=testing/20240101/us-east-1/lambda/aws4_request',
}
const VOLATILE = [
  'RevisionId',
  'LastUpdateStatus',
  'LastUpdateStatusReason',
  'LastUpdateStatusReasonCode',
  'State',
]
const IN_PROGRESS = 'The operation cannot be performed at this time. An update is in progress for resource: '
const STALE_REVISION =
  'The Revision Id provided does not match the latest Revision Id. Call the GetFunction/GetAlias API to retrieve the latest Revision Id'
const TOO_MANY_LAYERS =
  "1 validation error detected: Value at 'layers' failed to satisfy constraint: Member must have length less than or equal to "

export class FaultProxy {
  url = ''
  /** Page size for list calls (Marker / NextMarker); undefined passes moto's whole lists through. */
  pageSize?: number
  latencyMs = 0
  /** Limits to enforce (see LAMBDA_LIMITS), or undefined to accept everything as moto does. */
  limits?: Limits
  /** Unzipped bytes per layer version ARN, for the 250 MB check. */
  readonly unzippedSizes = new Map<string, number>()
  /** Calls per operation (`GetFunction`, …; `PUT other` for S3 and IAM), rejected ones included. */
  readonly reads = new Map<string, number>()
  readonly writes = new Map<string, number>()
  private failures = new Map<string, Failure[]>()
  private revisions = new Map<string, { hash: string; id: string }>()
  private inProgressReads = new Map<string, number>()
  private failedStatus = new Map<string, string>()
  private beforeUpdate = new Map<string, () => Promise<void>>()
  private inProgressAfterUpdate = 0
  private held = new Map<string, { count: number; waiting: (() => void)[] }>()
  private failNextUpdateWith?: string
  private lostAnswers = new Map<string, LostAnswer[]>()
  private brokenFunctions = new Map<string, { status: number; code: string; message: string }>()
  private readonly server = createServer((req, res) => void this.handle(req, res))

  constructor(readonly upstream: string) {}

  async start(): Promise<this> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve))
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`
    return this
  }

  async stop(): Promise<void> {
    this.server.closeAllConnections()
    await new Promise((resolve) => this.server.close(resolve))
  }

  /** Clears counters and queued faults; keeps pageSize, latency, limits and revisions. */
  reset(): void {
    for (const map of [this.reads, this.writes, this.failures, this.inProgressReads, this.failedStatus])
      map.clear()
    this.beforeUpdate.clear()
    this.lostAnswers.clear()
    this.brokenFunctions.clear()
    for (const hold of this.held.values()) hold.waiting.forEach((release) => release())
    this.held.clear()
    this.inProgressAfterUpdate = 0
    this.failNextUpdateWith = undefined
  }

  writeCount(operation?: string): number {
    if (operation) return this.writes.get(operation) ?? 0
    return [...this.writes.values()].reduce((a, b) => a + b, 0)
  }

  readCount(operation: string): number {
    return this.reads.get(operation) ?? 0
  }

  /** The next `times` calls of `operation` get this error. */
  fail(operation: string, times: number, status: number, code: string, message: string, extra?: Json): this {
    const queue = this.failures.get(operation) ?? []
    this.failures.set(operation, [...queue, { status, code, message, times, extra }])
    return this
  }

  /** Like fail, for calls to one region only (the region is read from the request's signature). */
  failInRegion(
    region: string,
    operation: string,
    times: number,
    status: number,
    code: string,
    message: string,
  ) {
    const queue = this.failures.get(operation) ?? []
    this.failures.set(operation, [...queue, { status, code, message, times, region }])
    return this
  }

  /** Holds calls of `operation` until `count` of them have arrived, then lets them all through at once. */
  holdUntil(operation: string, count: number): this {
    this.held.set(operation, { count, waiting: [] })
    return this
  }

  conflictNextUpdates(times: number): this {
    for (const op of UPDATES) this.fail(op, times, 409, 'ResourceConflictException', IN_PROGRESS)
    return this
  }

  throttle(operation: string, times: number): this {
    const extra = { Reason: 'CallerRateLimitExceeded' }
    return this.fail(operation, times, 429, 'TooManyRequestsException', 'Rate exceeded', extra)
  }

  serverError(operation: string, times: number, status = 500): this {
    return this.fail(operation, times, status, 'ServiceException', 'Internal failure, please retry')
  }

  /** After each update, the next `reads` reads of the function say LastUpdateStatus InProgress (and updates 409). */
  reportInProgress(reads: number): this {
    this.inProgressAfterUpdate = reads
    return this
  }

  /** The next update fails asynchronously: later reads say LastUpdateStatus Failed with this reason. */
  failNextUpdate(reason: string): this {
    this.failNextUpdateWith = reason
    return this
  }

  /** Runs `edit` (another writer, talking to moto directly) when our next update of `functionName` arrives. */
  beforeNextUpdate(functionName: string, edit: () => Promise<void>): this {
    this.beforeUpdate.set(functionName, edit)
    return this
  }

  /**
   * The next `times` calls of `operation` reach moto (so they take effect) but the caller never gets the answer:
   * the connection is dropped. Applies to operations the proxy forwards as they are (PublishLayerVersion, …).
   */
  dropAfterForward(operation: string, times: number, afterward?: () => void): this {
    return this.loseAnswer(operation, { times, delayMs: 0, afterward })
  }

  /** The next `times` calls of `operation` reach moto, and the answer comes `delayMs` later (past a client timeout). */
  answerSlowly(operation: string, times: number, delayMs: number): this {
    return this.loseAnswer(operation, { times, delayMs })
  }

  /** Every update of this function fails with this error until `repairFunction` or `reset`: a fault that stays. */
  breakFunction(name: string, status = 403, code = 'AccessDeniedException', message?: string): this {
    const text = message ?? `User is not authorized to perform: lambda:UpdateFunctionConfiguration on ${name}`
    this.brokenFunctions.set(name, { status, code, message: text })
    return this
  }

  repairFunction(name: string): this {
    this.brokenFunctions.delete(name)
    return this
  }

  private loseAnswer(operation: string, lost: LostAnswer): this {
    this.lostAnswers.set(operation, [...(this.lostAnswers.get(operation) ?? []), lost])
    return this
  }

  private takeLostAnswer(op: string): LostAnswer | undefined {
    const queue = this.lostAnswers.get(op)
    const lost = queue?.[0]
    if (lost && --lost.times <= 0) queue!.shift()
    return lost && { ...lost }
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    try {
      const call: Call = {
        method: req.method ?? 'GET',
        url: new URL(req.url ?? '/', 'http://proxy'),
        headers: req.headers,
        body: Buffer.concat(await req.toArray()),
      }
      const { method, url, body } = call
      const region = regionOf(call.headers)
      const route = ROUTES.find(([m, path]) => m === method && path.test(url.pathname))
      const op = route?.[2] ?? `${method} ${url.pathname.startsWith('/20') ? 'lambda' : 'other'}`
      const fn = decodeURIComponent(route?.[1].exec(url.pathname)?.[1] ?? '').replace(
        /^.*:function:([^:]+).*$/,
        '$1',
      )
      const counter = method === 'GET' || method === 'HEAD' ? this.reads : this.writes
      counter.set(op, (counter.get(op) ?? 0) + 1)
      if (this.latencyMs) await new Promise((resolve) => setTimeout(resolve, this.latencyMs))

      await this.waitForOthers(op)
      const failure = this.takeFailure(op, region)
      if (failure) return sendError(res, failure.status, failure.code, failure.message, failure.extra)
      const broken = fn && UPDATES.includes(op) ? this.brokenFunctions.get(fn) : undefined
      if (broken) return sendError(res, broken.status, broken.code, broken.message)
      const lost = this.takeLostAnswer(op)
      if (lost) {
        const answer = await this.forward(call)
        lost.afterward?.()
        if (lost.delayMs === 0) return void req.socket.destroy()
        // Wait, but no longer than the caller does: a client that gives up closes the connection.
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, lost.delayMs)
          req.socket.once('close', () => (clearTimeout(timer), resolve()))
        })
        if (!res.destroyed && !req.socket.destroyed) send(res, answer)
        return
      }
      if (op === 'PublishLayerVersion' && this.limits && body.length > this.limits.maxRequestBytes) {
        const message = `Request must be smaller than ${this.limits.maxRequestBytes} bytes for the PublishLayerVersion operation`
        return sendError(res, 413, 'RequestEntityTooLargeException', message)
      }
      if (op in LIST_KEYS && this.pageSize)
        return await this.paginate(res, call, LIST_KEYS[op], this.pageSize)
      if (fn && UPDATES.includes(op)) return await this.update(res, call, op, fn, region)
      const answer = await this.forward(
        op === 'AddLayerVersionPermission' ? withOrganizationCondition(call) : call,
      )
      if (fn && answer.status === 200 && (op === 'GetFunction' || op === 'GetFunctionConfiguration')) {
        const json = JSON.parse(answer.body.toString())
        this.decorate(fn, region, op === 'GetFunction' ? json.Configuration : json)
        return sendJson(res, 200, json)
      }
      send(res, answer)
    } catch (err) {
      sendError(res, 502, 'ProxyError', String(err))
    }
  }

  private takeFailure(op: string, region: string): Failure | undefined {
    const queue = this.failures.get(op) ?? []
    const index = queue.findIndex((f) => !f.region || f.region === region)
    const failure = queue[index]
    if (failure && --failure.times <= 0) queue.splice(index, 1)
    return failure
  }

  private async waitForOthers(op: string): Promise<void> {
    const hold = this.held.get(op)
    if (!hold) return
    await new Promise<void>((resolve) => {
      hold.waiting.push(resolve)
      if (hold.waiting.length < hold.count) return
      this.held.delete(op)
      hold.waiting.forEach((release) => release())
    })
  }

  private async paginate(res: ServerResponse, { url, headers }: Call, key: string, pageSize: number) {
    const marker = url.searchParams.get('Marker')
    const maxItems = Number(url.searchParams.get('MaxItems') ?? 50)
    url.searchParams.delete('Marker')
    url.searchParams.delete('MaxItems')
    const answer = await this.forward({ method: 'GET', url, headers, body: Buffer.alloc(0) })
    if (answer.status !== 200) return send(res, answer)
    const all: Json[] = JSON.parse(answer.body.toString())[key] ?? []
    const start = marker ? Number(Buffer.from(marker, 'base64url').toString().replace('offset:', '')) : 0
    const end = start + Math.min(pageSize, maxItems)
    const page: Json = { [key]: all.slice(start, end) }
    if (end < all.length) page.NextMarker = Buffer.from(`offset:${end}`).toString('base64url')
    sendJson(res, 200, page)
  }

  private async update(res: ServerResponse, call: Call, op: string, fn: string, region: string) {
    if ((this.inProgressReads.get(fn) ?? 0) > 0)
      return sendError(res, 409, 'ResourceConflictException', IN_PROGRESS + fn)
    const edit = this.beforeUpdate.get(fn)
    this.beforeUpdate.delete(fn)
    await edit?.()
    const current = (await this.read(`/2015-03-31/functions/${fn}/configuration`, region)) ?? {}
    const changes = JSON.parse(call.body.toString() || '{}')
    if (changes.RevisionId && changes.RevisionId !== this.revisionOf(fn, region, current)) {
      return sendError(res, 412, 'PreconditionFailedException', STALE_REVISION)
    }
    const problem =
      op === 'UpdateFunctionConfiguration' &&
      changes.Layers &&
      (await this.limitProblem(current, changes.Layers, region))
    if (problem) return sendError(res, 400, 'InvalidParameterValueException', problem)

    const answer = await this.forward(call)
    if (answer.status !== 200) return send(res, answer)
    const json = JSON.parse(answer.body.toString())
    this.revisions.set(`${region}/${fn}`, { hash: hashOf(json), id: randomUUID() }) // every write is a new revision
    this.inProgressReads.set(fn, this.inProgressAfterUpdate)
    this.failedStatus.delete(fn)
    if (this.failNextUpdateWith) this.failedStatus.set(fn, this.failNextUpdateWith)
    this.failNextUpdateWith = undefined
    json.RevisionId = this.revisionOf(fn, region, json)
    json.LastUpdateStatus =
      this.inProgressAfterUpdate > 0 || this.failedStatus.has(fn) ? 'InProgress' : 'Successful'
    sendJson(res, 200, json)
  }

  private async limitProblem(config: Json, layers: string[], region: string): Promise<string | undefined> {
    if (!this.limits) return undefined
    const { maxLayers, maxUnzippedBytes, unzipFactor } = this.limits
    if (layers.length > maxLayers) return TOO_MANY_LAYERS + maxLayers
    let total = config.CodeSize ?? 0
    for (const arn of layers) {
      const [, name, version] = /layer:([^:]+):(\d+)$/.exec(arn) ?? []
      const zipped =
        (await this.read(`/2018-10-31/layers/${name}/versions/${version}`, region))?.Content.CodeSize ?? 0
      total += this.unzippedSizes.get(arn) ?? zipped * unzipFactor
    }
    if (total <= maxUnzippedBytes) return undefined
    return `Function code combined with layers exceeds the maximum allowed size of ${maxUnzippedBytes} bytes. The actual size is ${total} bytes.`
  }

  /** Adds RevisionId and the simulated LastUpdateStatus to a configuration read. */
  private decorate(fn: string, region: string, config: Json) {
    config.RevisionId = this.revisionOf(fn, region, config)
    const pending = this.inProgressReads.get(fn) ?? 0
    if (pending > 0) {
      this.inProgressReads.set(fn, pending - 1)
      config.LastUpdateStatus = 'InProgress'
    } else if (this.failedStatus.has(fn)) {
      config.LastUpdateStatus = 'Failed'
      config.LastUpdateStatusReason = this.failedStatus.get(fn)
      config.LastUpdateStatusReasonCode = 'InternalError'
    }
  }

  /** One revision per configuration state: a new one whenever moto's configuration changes. */
  private revisionOf(fn: string, region: string, config: Json): string {
    const hash = hashOf(config)
    const key = `${region}/${fn}`
    const known = this.revisions.get(key)
    if (known?.hash === hash) return known.id
    const id = randomUUID()
    this.revisions.set(key, { hash, id })
    return id
  }

  private async read(path: string, region: string): Promise<Json | undefined> {
    const url = new URL(path, this.upstream)
    const headers = { authorization: LAMBDA_AUTH.authorization.replace('us-east-1', region) }
    const answer = await this.forward({ method: 'GET', url, headers, body: Buffer.alloc(0) })
    return answer.status === 200 ? JSON.parse(answer.body.toString()) : undefined
  }

  private forward({ method, url, headers, body }: Call): Promise<Answer> {
    // The proxy already holds the whole body, so no `Expect: 100-continue` handshake.
    const options = { method, headers: { ...omit(headers, 'expect'), 'content-length': body.length } }
    return new Promise<Answer>((resolve, reject) => {
      const outgoing = request(new URL(url.pathname + url.search, this.upstream), options, (answer) => {
        answer.toArray().then((chunks) => {
          resolve({ status: answer.statusCode ?? 502, headers: answer.headers, body: Buffer.concat(chunks) })
        }, reject)
      })
      outgoing.on('error', reject).end(body)
    })
  }
}

/**
 * Lambda stores AddLayerVersionPermission's `OrganizationId` as the condition `aws:PrincipalOrgID`; moto only knows
 * that condition under AddPermission's name for it, `PrincipalOrgID`, and would drop the limit.
 */
function withOrganizationCondition(call: Call): Call {
  const { OrganizationId, ...request } = JSON.parse(call.body.toString() || '{}') as Json
  if (OrganizationId === undefined) return call
  return { ...call, body: Buffer.from(JSON.stringify({ ...request, PrincipalOrgID: OrganizationId })) }
}

/** The region a SigV4-signed request is for (moto serves every region from one endpoint and reads it from here). */
function regionOf(headers: IncomingHttpHeaders): string {
  return /Credential=[^/]+\/\d+\/([^/]+)\//.exec(headers.authorization ?? '')?.[1] ?? 'us-east-1'
}

function omit<T extends object>(object: T, ...keys: string[]): T {
  return Object.fromEntries(Object.entries(object).filter(([key]) => !keys.includes(key))) as T
}

function hashOf(config: Json): string {
  return createHash('sha256')
    .update(JSON.stringify(omit(config, ...VOLATILE)))
    .digest('hex')
}

function send(res: ServerResponse, { status, headers, body }: Answer) {
  const rest = omit(headers, 'transfer-encoding', 'connection')
  // A HEAD answer has no body but keeps the content-length of the object it describes.
  res.writeHead(status, { ...rest, 'content-length': rest['content-length'] ?? body.length }).end(body)
}

function sendJson(res: ServerResponse, status: number, json: Json) {
  const body = Buffer.from(JSON.stringify(json))
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': body.length }).end(body)
}

function sendError(res: ServerResponse, status: number, code: string, message: string, extra: Json = {}) {
  const body = Buffer.from(JSON.stringify({ Type: status >= 500 ? 'Service' : 'User', message, ...extra }))
  const headers = {
    'content-type': 'application/json',
    'x-amzn-errortype': code,
    'x-amzn-requestid': randomUUID(),
  }
  res.writeHead(status, { ...headers, 'content-length': body.length }).end(body)
}

export async function startFaultProxy(upstream: string): Promise<FaultProxy> {
  return new FaultProxy(upstream).start()
}
