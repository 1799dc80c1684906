#!/usr/bin/env node
// Benchmark (not a test): zipDirectory against Info-ZIP `zip -r -X -q -6` on a real dependency tree.
//
//   node bench/zip.mjs [--runs 5] [--tree <folder>]
//
// Without --tree it builds (once) `pip install --target .tools/bench-tree/layer/python numpy pandas` (~150 MB) and reuses
// it. Each run happens in a fresh child process, ours and Info-ZIP interleaved, wall time measured from outside.
// Prints medians, the speed and size ratios and the peak RSS of our runs, and stores them in bench/results.json under
// the `zip` key (other benchmarks own the other keys).
import { execFileSync, spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises'
import { availableParallelism, loadavg } from 'node:os'
import { performance } from 'node:perf_hooks'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { ensureInfoZip } from './lib.mjs'

const repo = path.dirname(path.dirname(fileURLToPath(import.meta.url)))
const tools = path.join(repo, '.tools')
const { values: args } = parseArgs({
  options: { runs: { type: 'string', default: '3' }, tree: { type: 'string' } },
})
const runs = Math.max(1, Number(args.runs))
const SPEED_TARGET = 1.3
const SIZE_TOLERANCE = 0.03

const tree = args.tree ? path.resolve(args.tree) : await pythonTree()
const zipModule = compileZip()
ensureInfoZip()
const { files, bytes } = treeStats(tree)
console.log(
  `tree: ${tree} (${files} files, ${mb(bytes)} MB), ${runs} runs each, ${availableParallelism()} cores`,
)

const work = path.join(tools, 'bench-zip-out')
await rm(work, { recursive: true, force: true })
await mkdir(work, { recursive: true })
const ours = []
const infozip = []
for (let run = 1; run <= runs; run++) {
  ours.push(await runOurs(path.join(work, 'ours.zip')))
  infozip.push(await runInfoZip(path.join(work, 'infozip.zip')))
  const [a, b] = [ours.at(-1), infozip.at(-1)]
  console.log(
    `run ${run}: zipDirectory ${a.ms} ms (CPU ${a.cpuMs} ms, ${mb(a.zipSize)} MB, ${a.maxRssMb} MB RSS)  ` +
      `zip -6 ${b.ms} ms (CPU ${b.cpuMs} ms, ${mb(b.zipSize)} MB)`,
  )
}
await rm(work, { recursive: true, force: true })

const oursMs = median(ours.map((r) => r.ms))
const infozipMs = median(infozip.map((r) => r.ms))
const speedRatio = round(infozipMs / oursMs, 2)
// CPU time is much less sensitive to other load on the machine than wall time: a ratio above 1 means zipDirectory
// wins even when it gets no second core at all.
const cpuRatio = round(median(infozip.map((r) => r.cpuMs)) / median(ours.map((r) => r.cpuMs)), 2)
const sizeRatio = round(ours[0].zipSize / infozip[0].zipSize, 4)
const deterministic = new Set(ours.map((r) => r.codeSha256)).size === 1
const peakRssMb = Math.max(...ours.map((r) => r.maxRssMb))
const result = {
  date: new Date().toISOString(),
  node: process.version,
  cores: availableParallelism(),
  tree: { path: path.relative(repo, tree) || '.', files, bytes },
  runs,
  zipDirectory: {
    medianMs: oursMs,
    runsMs: ours.map((r) => r.ms),
    medianCpuMs: median(ours.map((r) => r.cpuMs)),
    zipSize: ours[0].zipSize,
    peakRssMb,
  },
  infozip: {
    command: 'zip -r -X -q -6',
    medianMs: infozipMs,
    runsMs: infozip.map((r) => r.ms),
    medianCpuMs: median(infozip.map((r) => r.cpuMs)),
    zipSize: infozip[0].zipSize,
  },
  speedRatio,
  cpuRatio,
  sizeRatio,
  /** Other work on the machine skews wall times; this says how busy it was. */
  loadAverage: loadavg().map((n) => round(n, 2)),
  deterministic,
  targets: { speedRatioAtLeast: SPEED_TARGET, sizeRatioAtMost: 1 + SIZE_TOLERANCE, peakRssMbBelow: 400 },
  met: speedRatio >= SPEED_TARGET && sizeRatio <= 1 + SIZE_TOLERANCE && peakRssMb < 400 && deterministic,
}
console.log(
  `median: zipDirectory ${oursMs} ms, zip -6 ${infozipMs} ms -> ${speedRatio}x faster (CPU time ${cpuRatio}x less); ` +
    `size ratio ${sizeRatio}; ` +
    `peak RSS ${peakRssMb} MB; deterministic ${deterministic}; targets ${result.met ? 'met' : 'MISSED'}`,
)
await saveResult(result)

// ---------------------------------------------------------------------------------------------------------------

async function pythonTree() {
  const layer = path.join(tools, 'bench-tree', 'layer')
  const python = path.join(layer, 'python')
  if (!existsSync(python)) {
    const partial = path.join(tools, 'bench-tree', 'python.partial')
    await rm(partial, { recursive: true, force: true })
    console.log('building the benchmark tree: pip install --target … numpy pandas')
    execFileSync('python3', ['-m', 'pip', 'install', '--quiet', '--target', partial, 'numpy', 'pandas'], {
      stdio: 'inherit',
    })
    await mkdir(layer, { recursive: true })
    await rename(partial, python)
  }
  return layer
}

/** Compiles src/package/zip.ts alone (so unrelated work in progress elsewhere cannot break the benchmark). */
function compileZip() {
  const outDir = path.join(tools, 'bench-build')
  const tsc = path.join(repo, 'node_modules', 'typescript', 'bin', 'tsc')
  execFileSync(
    process.execPath,
    [
      tsc,
      '--outDir',
      outDir,
      '--rootDir',
      repo,
      '--module',
      'NodeNext',
      '--moduleResolution',
      'NodeNext',
    ].concat([
      '--target',
      'ES2022',
      '--skipLibCheck',
      '--types',
      'node',
      path.join(repo, 'src/package/zip.ts'),
    ]),
    { stdio: 'inherit' },
  )
  return path.join(outDir, 'src', 'package', 'zip.js')
}

function treeStats(root) {
  const out = execFileSync('find', ['-L', root, '-type', 'f', '-printf', '%s\\n'], {
    maxBuffer: 1 << 28,
  }).toString()
  const sizes = out.split('\n').filter(Boolean).map(Number)
  return { files: sizes.length, bytes: sizes.reduce((a, b) => a + b, 0) }
}

async function runOurs(zipPath) {
  await rm(zipPath, { force: true })
  const script = `
    const { zipDirectory } = await import(${JSON.stringify(zipModule)})
    const zip = await zipDirectory(${JSON.stringify(tree)}, ${JSON.stringify(zipPath)})
    const usage = process.resourceUsage() // covers the worker threads too
    const cpuMs = Math.round((usage.userCPUTime + usage.systemCPUTime) / 1000)
    console.log(JSON.stringify({ zipSize: zip.zipSize, codeSha256: zip.codeSha256, maxRssKb: usage.maxRSS, cpuMs }))
  `
  const started = performance.now()
  const child = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' })
  const ms = Math.round(performance.now() - started)
  if (child.status !== 0) throw new Error(`zipDirectory failed:\n${child.stderr}`)
  const { zipSize, codeSha256, maxRssKb, cpuMs } = JSON.parse(child.stdout.trim().split('\n').at(-1))
  return { ms, cpuMs, zipSize, codeSha256, maxRssMb: Math.round(maxRssKb / 1024) }
}

/** Runs zip under a small Python wrapper, the portable way to read a child's CPU time (RUSAGE_CHILDREN). */
async function runInfoZip(zipPath) {
  await rm(zipPath, { force: true }) // zip updates an existing archive instead of replacing it
  const wrapper = `
import json, resource, subprocess, sys, time
started = time.perf_counter()
subprocess.run(sys.argv[1:], check=True)
ms = (time.perf_counter() - started) * 1000
usage = resource.getrusage(resource.RUSAGE_CHILDREN)
print(json.dumps({'ms': round(ms), 'cpuMs': round((usage.ru_utime + usage.ru_stime) * 1000)}))
`
  const command = ['zip', '-r', '-X', '-q', '-6', zipPath, '.']
  const child = spawnSync('python3', ['-c', wrapper, ...command], { cwd: tree, encoding: 'utf8' })
  if (child.status !== 0) throw new Error(`zip failed:\n${child.stderr}`)
  const { ms, cpuMs } = JSON.parse(child.stdout)
  return { ms, cpuMs, zipSize: (await stat(zipPath)).size }
}

async function saveResult(zip) {
  const file = path.join(repo, 'bench', 'results.json')
  let results = {}
  try {
    results = JSON.parse(await readFile(file, 'utf8'))
  } catch {
    // first benchmark to write the file
  }
  results.zip = zip
  await writeFile(file, `${JSON.stringify(results, null, 2)}\n`)
  console.log(`wrote ${path.relative(repo, file)} (zip)`)
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = sorted.length >> 1
  return sorted.length % 2 ? sorted[mid] : Math.round((sorted[mid - 1] + sorted[mid]) / 2)
}

function mb(n) {
  return (n / 1e6).toFixed(1)
}

function round(n, digits) {
  return Number(n.toFixed(digits))
}
