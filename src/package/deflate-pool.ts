import { closeSync, openSync } from 'node:fs'
import { Worker } from 'node:worker_threads'
import { serveBatches, type Batch, type Chunk, type WorkerReply } from './deflate-worker.js'
import { parseElf } from './elf.js'
import type { LayerFile } from './walk.js'

// Reading and deflating on worker threads, ahead of the zip writer.

/**
 * zlib level 5 for files up to LARGE_FILE, 6 above. Level 5 costs about 15% less CPU than 6; on the many small
 * files of a Node layer it costs 1% in size, but on the large native libraries of a Python layer the size gap adds
 * up (2% above Info-ZIP -6 on numpy + pandas), and level 6 on those files alone closes most of it.
 */
const DEFLATE_LEVEL = 5
const LARGE_FILE_LEVEL = 6
const LARGE_FILE = 256 * 1024

export function deflateLevel(fileSize: number): number {
  return fileSize > LARGE_FILE ? LARGE_FILE_LEVEL : DEFLATE_LEVEL
}
/** Large files are read and deflated in chunks of this size, so one big file still keeps every core busy. */
export const CHUNK_SIZE = 1 << 20
const DICTIONARY_SIZE = 32 * 1024
/** Small files travel to the workers in batches, which keeps the per-message cost off every file. */
const BATCH_BYTES = 256 * 1024
const BATCH_ITEMS = 128
/** Bounds the raw bytes read or being deflated but not yet written. */
const WINDOW_BYTES = 32 << 20
/** Below this, deflate cannot win back its own block overhead. */
const MIN_DEFLATE_SIZE = 64
/** A large file is stored when deflating its first chunk saves less than this fraction. */
export const MIN_SAVING = 0.02
/**
 * Whether deflating pays is decided by the content, not by the file's name: a chunk larger than PROBE_ABOVE is
 * deflated only when deflating its first PROBE_BYTES at level 1 saves at least PROBE_MIN_SAVING (already compressed
 * data saves nothing; an uncompressed `.npz` archive of arrays saves a lot). Smaller files are simply deflated and
 * stored when that does not make them smaller: a probe would cost them more than it can save.
 */
const PROBE_ABOVE = 64 * 1024
const PROBE_BYTES = 16 * 1024
const PROBE_MIN_SAVING = 0.02

const WORKER_URL = new URL(
  `data:text/javascript,${encodeURIComponent(
    "import { parentPort } from 'node:worker_threads'\n" +
      "import fs from 'node:fs'\n" +
      "import zlib from 'node:zlib'\n" +
      `(${serveBatches.toString()})(parentPort, fs, zlib, ${parseElf.toString()})\n`,
  )}`,
)

/**
 * Batches a worker holds at once: one it works on and one queued behind it, so it never waits for a message. The
 * rest wait here and go to whichever worker is free first; handing them all out up front left one worker idle for
 * the last 15% of a numpy zip while the other still had a queue.
 */
const BATCHES_PER_WORKER = 2

/**
 * A worker allocates few JS objects, so with V8's default young generation it seldom collects, and the deflate
 * buffers it is done with wait for V8's external-memory trigger. A small young generation collects them often:
 * peak RSS zipping numpy + pandas + scipy (223 MB) went from about 280 MB to 230-240 MB under Node 24 at the same
 * CPU time.
 */
const WORKER_LIMITS = { maxYoungGenerationSizeMb: 2 }

export class WorkerPool {
  private readonly workers: { worker: Worker; pending: number }[]
  private readonly queue: Batch[] = []
  private readonly waiting = new Map<
    number,
    { resolve: (chunks: Chunk[]) => void; reject: (err: Error) => void }
  >()
  /** Files opened by the workers so far. */
  opened = 0
  private failure: Error | undefined

  constructor(size: number) {
    this.workers = Array.from({ length: size }, () => {
      const slot = { worker: new Worker(WORKER_URL, { resourceLimits: WORKER_LIMITS }), pending: 0 }
      slot.worker.on('message', (reply: WorkerReply) => {
        slot.pending--
        this.dispatch()
        this.settle(reply)
      })
      slot.worker.on('error', (err) => this.failAll(err))
      return slot
    })
  }

  run(batch: Batch): Promise<Chunk[]> {
    if (this.failure) return Promise.reject(this.failure)
    const result = new Promise<Chunk[]>((resolve, reject) => this.waiting.set(batch.id, { resolve, reject }))
    this.queue.push(batch)
    this.dispatch()
    return result
  }

  private dispatch(): void {
    while (this.queue.length > 0) {
      const slot = this.workers.reduce((best, candidate) =>
        candidate.pending < best.pending ? candidate : best,
      )
      if (slot.pending >= BATCHES_PER_WORKER) return
      slot.pending++
      slot.worker.postMessage(this.queue.shift())
    }
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map(({ worker }) => worker.terminate()))
  }

  private settle(reply: WorkerReply): void {
    const waiter = this.waiting.get(reply.id)
    this.waiting.delete(reply.id)
    if (!waiter) return
    if (reply.error !== undefined || !reply.buffer || !reply.spans) {
      waiter.reject(new Error(`zip: ${reply.error ?? 'a worker sent an empty reply'}`))
      return
    }
    const buffer = reply.buffer
    this.opened += reply.opened ?? 0
    const chunks: Chunk[] = reply.spans.map(([rawOffset, rawLength, deflatedOffset, deflatedLength]) => ({
      raw: Buffer.from(buffer, rawOffset, rawLength),
      deflated: deflatedOffset < 0 ? undefined : Buffer.from(buffer, deflatedOffset, deflatedLength),
    }))
    for (const [index, machine, glibcMinor] of reply.elves ?? []) {
      chunks[index].elf = glibcMinor < 0 ? { machine } : { machine, glibcMinor }
    }
    waiter.resolve(chunks)
  }

  private failAll(err: Error): void {
    this.failure = err
    this.queue.length = 0
    for (const waiter of this.waiting.values()) waiter.reject(err)
    this.waiting.clear()
  }
}

/**
 * Hands out the chunks of all files in entry order while keeping up to WINDOW_BYTES of batches in flight on the
 * workers ahead of the writer. A file of several chunks is opened here once and its descriptor shared by the
 * workers that read its chunks; it is closed when its last chunk is handed out.
 */
export class ChunkStream {
  private readonly batches: Iterator<Batch>
  private readonly inFlight: { bytes: number; chunks: Promise<Chunk[]> }[] = []
  private bytesInFlight = 0
  private current: Chunk[] = []
  private currentBytes = 0
  private index = 0
  private handedOut = 0
  /** Descriptors shared by the chunks of one file, with the count of chunks handed out once its last one is. */
  private readonly shared: { fd: number; doneAfter: number }[] = []
  private openedHere = 0

  /** `undeflated`: files the workers only read (their deflated bytes exist already). */
  constructor(
    files: LayerFile[],
    private readonly pool: WorkerPool,
    undeflated: (file: LayerFile) => boolean = () => false,
  ) {
    const openShared = (file: LayerFile, doneAfter: number) => {
      const fd = openSync(file.source, 'r')
      this.openedHere++
      this.shared.push({ fd, doneAfter })
      return fd
    }
    this.batches = planBatches(files, openShared, undeflated)
    try {
      this.fill()
    } catch (err) {
      this.close()
      throw err
    }
  }

  /** Files opened to read them, by the workers and here. */
  get filesOpened(): number {
    return this.pool.opened + this.openedHere
  }

  async next(): Promise<Chunk> {
    while (this.index >= this.current.length) {
      this.bytesInFlight -= this.currentBytes
      this.fill()
      const head = this.inFlight.shift()
      if (!head) throw new Error('zip: asked for more chunks than the files have')
      this.current = await head.chunks
      this.currentBytes = head.bytes
      this.index = 0
    }
    this.handedOut++
    while (this.shared.length > 0 && this.shared[0].doneAfter <= this.handedOut) {
      closeSync(this.shared.shift()!.fd)
    }
    return this.current[this.index++]
  }

  /** Closes the descriptors still open (after a failure); call once the workers have stopped. */
  close(): void {
    for (const { fd } of this.shared.splice(0)) closeSync(fd)
  }

  private fill(): void {
    while (this.bytesInFlight < WINDOW_BYTES) {
      const { value: batch, done } = this.batches.next()
      if (done) return
      const chunks = this.pool.run(batch)
      chunks.catch(() => undefined) // awaited (and rethrown) by next(); avoids an unhandled rejection meanwhile
      this.inFlight.push({ bytes: batch.bytes, chunks })
      this.bytesInFlight += batch.bytes
    }
  }
}

function* planBatches(
  files: LayerFile[],
  openShared: (file: LayerFile, doneAfter: number) => number,
  undeflated: (file: LayerFile) => boolean,
): Generator<Batch> {
  let batch: Batch = { id: 0, items: [], bytes: 0 }
  let chunkCount = 0
  for (const file of files) {
    const deflate = file.size >= MIN_DEFLATE_SIZE && !undeflated(file)
    const chunks = Math.ceil(file.size / CHUNK_SIZE)
    const fd = chunks > 1 ? openShared(file, chunkCount + chunks) : undefined
    chunkCount += chunks
    for (let position = 0; position < file.size; position += CHUNK_SIZE) {
      const length = Math.min(CHUNK_SIZE, file.size - position)
      const last = position + length === file.size
      const dictionaryLength = Math.min(position, DICTIONARY_SIZE)
      const { name, source, size: fileSize } = file
      batch.items.push({
        name,
        source,
        fd,
        fileSize,
        position,
        length,
        dictionaryLength,
        deflate,
        last,
        level: deflateLevel(fileSize),
        probeAbove: PROBE_ABOVE,
        probeBytes: PROBE_BYTES,
        minSaving: PROBE_MIN_SAVING,
      })
      batch.bytes += length
      if (batch.bytes >= BATCH_BYTES || batch.items.length >= BATCH_ITEMS) {
        yield batch
        batch = { id: batch.id + 1, items: [], bytes: 0 }
      }
    }
  }
  if (batch.items.length > 0) yield batch
}
