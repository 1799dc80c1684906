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
  ['GET', new RegExp(`^${FN}/aliases/[^/]+$`), 'GetAlias'],
  ['PUT', new RegExp(`^${FN}/aliases/[^/]+$`), 'UpdateAlias'],
  ['POST', new RegExp(`^${FN}/versions$`), 'PublishVersion'],
  ['POST', new RegExp(`^${FN}/invocations$`), 'Invoke'],
]
const PENDING = {
  State: 'Pending',
  StateReason: 'The function is being created.',
  StateReasonCode: 'Creating',
}
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

/**
 * How the proxy answers an Invoke (moto runs functions only in Docker, so the proxy answers Invoke itself), and after
 * how long the function answers (`afterMs`, default at once; a client that gives up first gets no answer).
 */
export type InvokeAnswer = { afterMs?: number } & (
  | { kind: 'ok'; payload?: unknown }
  /** A function error: `X-Amz-Function-Error: Unhandled` and `{ errorType, errorMessage }`, as Lambda answers. */
  | { kind: 'error'; errorType?: string; message: string }
  /** The function ran past its timeout: Lambda answers with a function error of type Sandbox.Timedout. */
  | { kind: 'timeout'; seconds?: number }
)

export interface Invocation {
  functionName: string
  qualifier?: string
  payload: string
  /** The layers of the function (or version) invoked, as moto had them at that moment. */
  layers: string[]
  /** Each alias of the function and the version it pointed at when the invoke arrived. */
  aliases: Record<string, string>
}

export class FaultProxy {
  url = ''
  /** Page size for list calls (Marker / NextMarker); undefined passes moto's whole lists through. */
  pageSize?: number
  latencyMs = 0
  /** Each function update waits a random time in this range (ms) before it is checked and applied. */
  updateDelayMs?: { min: number; max: number }
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
  /** Per function: the tail of its queue of updates, so a RevisionId check and its write are one step, as in Lambda. */
  private updating = new Map<string, Promise<void>>()
  /** Every Invoke the proxy answered, in order. */
  readonly invocations: Invocation[] = []
  private invokeAnswers = new Map<string, InvokeAnswer[]>()
  private pendingVersionReads = 0
  private readonly server = createServer((req, res) => void this.handle(req, res)).on(
    'connection',
    () => this.connectionsSeen++,
  )
  /** TCP connections accepted (reset() clears it). */
  connectionsSeen = 0

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
    this.connectionsSeen = 0
    this.invocations.length = 0
    this.invokeAnswers.clear()
    this.pendingVersionReads = 0
  }

  /** The next Invokes of `functionName` get these answers, in order; after them (and by default) a success. */
  answerInvoke(functionName: string, ...answers: InvokeAnswer[]): this {
    this.invokeAnswers.set(functionName, [...(this.invokeAnswers.get(functionName) ?? []), ...answers])
    return this
  }

  /**
   * A published version stays `Pending` for the next `reads` reads of a version's configuration (and PublishVersion
   * answers Pending), as a SnapStart version does while Lambda takes its snapshot.
   */
  keepVersionsPending(reads: number): this {
    this.pendingVersionReads = reads
    return this
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
      // JSON-protocol services (SSM) name the operation in X-Amz-Target and POST every call, reads included.
      const target = /\.(\w+)$/.exec(String(call.headers['x-amz-target'] ?? ''))?.[1]
      const op = route?.[2] ?? target ?? `${method} ${url.pathname.startsWith('/20') ? 'lambda' : 'other'}`
      const fn = decodeURIComponent(route?.[1].exec(url.pathname)?.[1] ?? '').replace(
        /^.*:function:([^:]+).*$/,
        '$1',
      )
      const isRead = method === 'GET' || method === 'HEAD' || /^(Get|List|Describe)/.test(target ?? '')
      const counter = isRead ? this.reads : this.writes
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
      if (op === 'Invoke') return await this.invoke(res, call, fn, region)
      if (op === 'UpdateAlias' || op === 'PublishVersion') {
        const stale = await this.staleRevision(call, op, fn, region)
        if (stale) return sendError(res, 412, 'PreconditionFailedException', STALE_REVISION)
      }
      const answer = await this.forward(
        op === 'AddLayerVersionPermission' ? withOrganizationCondition(call) : call,
      )
      // moto answers GetAlias with 201.
      if (answer.status < 300 && op === 'GetAlias') {
        const json = JSON.parse(answer.body.toString())
        json.RevisionId = this.revisionOf(`${fn}:${json.Name}`, region, json)
        return sendJson(res, answer.status, json)
      }
      if (answer.status === 201 && op === 'PublishVersion' && this.pendingVersionReads > 0) {
        return sendJson(res, 201, { ...JSON.parse(answer.body.toString()), ...PENDING })
      }
      if (
        answer.status === 200 &&
        op === 'GetFunctionConfiguration' &&
        /^\d+$/.test(url.searchParams.get('Qualifier') ?? '')
      ) {
        const json = JSON.parse(answer.body.toString())
        if (this.pendingVersionReads > 0) {
          this.pendingVersionReads--
          return sendJson(res, 200, { ...json, ...PENDING })
        }
        return sendJson(res, 200, { ...json, State: 'Active' })
      }
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

  /** UpdateAlias and PublishVersion carry a RevisionId (of the alias, of $LATEST) that moto does not check. */
  private async staleRevision(call: Call, op: string, fn: string, region: string): Promise<boolean> {
    const revisionId = JSON.parse(call.body.toString() || '{}').RevisionId
    if (!revisionId) return false
    if (op === 'PublishVersion') {
      const current = await this.read(`/2015-03-31/functions/${fn}/configuration`, region)
      return !current || revisionId !== this.revisionOf(fn, region, current)
    }
    const alias = await this.read(call.url.pathname, region)
    return !alias || revisionId !== this.revisionOf(`${fn}:${alias.Name}`, region, alias)
  }

  private async invoke(res: ServerResponse, call: Call, fn: string, region: string) {
    const qualifier = call.url.searchParams.get('Qualifier') ?? undefined
    const path = `/2015-03-31/functions/${fn}/configuration${qualifier ? `?Qualifier=${qualifier}` : ''}`
    const config = await this.read(path, region)
    if (!config) return sendError(res, 404, 'ResourceNotFoundException', `Function not found: ${fn}`)
    const aliases: Json[] = (await this.read(`/2015-03-31/functions/${fn}/aliases`, region))?.Aliases ?? []
    this.invocations.push({
      functionName: fn,
      qualifier,
      payload: call.body.toString(),
      layers: (config.Layers ?? []).map((l: Json) => l.Arn),
      aliases: Object.fromEntries(aliases.map((a) => [a.Name, a.FunctionVersion])),
    })
    const answer: InvokeAnswer = this.invokeAnswers.get(fn)?.shift() ?? { kind: 'ok' }
    if (answer.afterMs) {
      const socket = res.socket!
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, answer.afterMs)
        socket.once('close', () => (clearTimeout(timer), resolve()))
      })
      if (res.destroyed || socket.destroyed) return
    }
    const headers = {
      'content-type': 'application/json',
      'x-amz-executed-version': config.Version ?? '$LATEST',
    }
    let body: unknown
    if (answer.kind === 'ok') {
      body = answer.payload ?? { statusCode: 200 }
    } else {
      Object.assign(headers, { 'x-amz-function-error': 'Unhandled' })
      body =
        answer.kind === 'error'
          ? { errorType: answer.errorType ?? 'Error', errorMessage: answer.message, trace: [] }
          : {
              errorType: 'Sandbox.Timedout',
              errorMessage: `RequestId: ${randomUUID()} Error: Task timed out after ${(answer.seconds ?? 3).toFixed(2)} seconds`,
            }
    }
    const bytes = Buffer.from(JSON.stringify(body))
    res.writeHead(200, { ...headers, 'content-length': bytes.length }).end(bytes)
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
    if (this.updateDelayMs) {
      const { min, max } = this.updateDelayMs
      await new Promise((resolve) => setTimeout(resolve, min + Math.random() * (max - min)))
    }
    const key = `${region}/${fn}`
    const before = this.updating.get(key) ?? Promise.resolve()
    let done!: () => void
    const mine = new Promise<void>((resolve) => (done = resolve))
    this.updating.set(key, mine)
    await before
    try {
      await this.updateNow(res, call, op, fn, region)
    } finally {
      if (this.updating.get(key) === mine) this.updating.delete(key)
      done()
    }
  }

  private async updateNow(res: ServerResponse, call: Call, op: string, fn: string, region: string) {
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
    return answer.status >= 200 && answer.status < 300 ? JSON.parse(answer.body.toString()) : undefined
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
