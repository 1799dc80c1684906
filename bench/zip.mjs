#!/usr/bin/env node
// Benchmark (not a test): zipDirectory, the action's zip, against the zippers users would otherwise run:
// Info-ZIP `zip -r -X -q -6` on three dependency trees, and 7-Zip `7z a -tzip -mx=1 -mmt=on` on numpy + pandas.
//
//   node bench/zip.mjs [--runs N] [--trees numpy-pandas,eleven-packages,numpy-pandas-scipy] [--tree <folder>]
//                      [--json <file>]
//
// The trees are built once by `pip install --target` under .tools/bench-trees/ (TREES in lib.mjs); --tree zips a
// folder of yours instead. Each zip is made by a fresh child process, wall time measured from outside, and the order
// of the zippers rotates from run to run. Ratios are ours / peer, for time (medians) and size: below 1 means smaller
// or faster. The result is appended to bench/results.json; with --json it goes to that file instead (bench/run.mjs
// keeps it in its own record).
import { execFileSync, spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdir, rm, stat, writeFile } from 'node:fs/promises'
import { performance } from 'node:perf_hooks'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import {
  DEFAULT_RUNS,
  TREES,
  appendResults,
  machineInfo,
  mb,
  median,
  pythonTree,
  round,
  treeStats,
} from './lib.mjs'
import { ensureInfoZip, ensureSevenZip } from './tools.mjs'

const repo = path.dirname(path.dirname(fileURLToPath(import.meta.url)))
const tools = path.join(repo, '.tools')
const { values: args } = parseArgs({
  options: {
    runs: { type: 'string', default: DEFAULT_RUNS },
    trees: { type: 'string', default: Object.keys(TREES).join(',') },
    tree: { type: 'string' },
    json: { type: 'string' },
  },
})
const runs = Math.max(1, Number(args.runs))
const TARGETS = {
  infozip: { timeRatioAtMost: 0.4, sizeRatioAtMost: 1.02 },
  sevenZip: { timeRatioAtMost: 1 },
  peakRssMbBelow: 400,
}
const PEERS = {
  infozip: { command: (zip) => ['zip', '-r', '-X', '-q', '-6', zip, '.'], label: 'zip -6' },
  sevenZip: {
    command: (zip) => ['7z', 'a', '-tzip', '-mx=1', '-mmt=on', '-bso0', '-bsp0', zip, '.'],
    label: '7z -mx=1',
  },
}
/** 7-Zip is compared on numpy + pandas (and on a --tree of yours); Info-ZIP on every tree. */
const SEVEN_ZIP_TREES = new Set(['numpy-pandas', 'custom'])

const infozipMissing = ensureInfoZip()
if (infozipMissing) {
  console.log(
    `zip benchmark skipped: Info-ZIP, the baseline of every comparison, is missing: ${infozipMissing}`,
  )
  await save({ skipped: infozipMissing })
  process.exit(0)
}
const sevenZipMissing = ensureSevenZip()
if (sevenZipMissing) console.log(`7-Zip comparison skipped: ${sevenZipMissing}`)

// compileZip() is left as it is while src/package/zip.ts is being split; it still names its output after the
// module's earlier folder (src/build), so the module is taken from where tsc writes it now when that file is missing.
await rm(path.join(tools, 'bench-build'), { recursive: true, force: true }) // no stale module from an older layout
const compiled = compileZip()
const zipModule = existsSync(compiled)
  ? compiled
  : path.join(tools, 'bench-build', 'src', 'package', 'zip.js')

const work = path.join(tools, 'bench-zip-out')
const trees = args.tree
  ? [{ name: 'custom', label: args.tree, root: path.resolve(args.tree) }]
  : args.trees.split(',').map((name) => ({ name, label: TREES[name].label, root: pythonTree(name) }))
const result = { runs, targets: TARGETS, trees: {} }
for (const tree of trees) {
  const withSevenZip = SEVEN_ZIP_TREES.has(tree.name)
  const peers = withSevenZip && !sevenZipMissing ? ['infozip', 'sevenZip'] : ['infozip']
  result.trees[tree.name] = await compareTree(tree, peers)
  if (withSevenZip && sevenZipMissing) result.trees[tree.name].sevenZip = { skipped: sevenZipMissing }
}
await rm(work, { recursive: true, force: true })
result.met = Object.values(result.trees).every((t) => t.met)
await save(result)

// ---------------------------------------------------------------------------------------------------------------

/** zipDirectory and each peer on one tree, `runs` times, the order rotating so that each goes first in turn. */
async function compareTree(tree, peers) {
  const { files, bytes } = treeStats(tree.root)
  console.log(`\n${tree.label}: ${tree.root} (${files} files, ${mb(bytes)} MB), ${runs} runs`)
  await rm(work, { recursive: true, force: true })
  await mkdir(work, { recursive: true })
  const sides = ['ours', ...peers]
  const measured = Object.fromEntries(sides.map((side) => [side, []]))
  for (let run = 0; run < runs; run++) {
    const order = sides.map((_, i) => sides[(i + run) % sides.length])
    for (const side of order) {
      const zipPath = path.join(work, `${side}.zip`)
      measured[side].push(
        side === 'ours' ? await runOurs(tree.root, zipPath) : await runPeer(PEERS[side], tree.root, zipPath),
      )
    }
    const line = sides.map((side) => {
      const r = measured[side].at(-1)
      const label = side === 'ours' ? 'zipDirectory' : PEERS[side].label
      return `${label} ${r.ms} ms (CPU ${r.cpuMs} ms, ${mb(r.zipSize)} MB${r.maxRssMb ? `, ${r.maxRssMb} MB RSS` : ''})`
    })
    console.log(`run ${run + 1}: ${line.join('  ')}`)
  }

  const ours = summary(measured.ours)
  ours.peakRssMb = Math.max(...measured.ours.map((r) => r.maxRssMb))
  ours.deterministic = new Set(measured.ours.map((r) => r.codeSha256)).size === 1
  const out = { label: tree.label, files, bytes, zipDirectory: ours }
  let met = ours.peakRssMb < TARGETS.peakRssMbBelow && ours.deterministic
  for (const peer of peers) {
    const theirs = summary(measured[peer])
    const timeRatio = round(ours.medianMs / theirs.medianMs, 2)
    const sizeRatio = round(ours.zipSize / theirs.zipSize, 4)
    const target = TARGETS[peer]
    const peerMet = timeRatio <= target.timeRatioAtMost && sizeRatio <= (target.sizeRatioAtMost ?? Infinity)
    met &&= peerMet
    out[peer] = {
      command: PEERS[peer].command('out.zip').join(' '),
      ...theirs,
      timeRatio,
      cpuRatio: round(ours.medianCpuMs / theirs.medianCpuMs, 2),
      sizeRatio,
      target,
      met: peerMet,
    }
    console.log(
      `${tree.label}: zipDirectory ${ours.medianMs} ms, ${mb(ours.zipSize)} MB vs ${PEERS[peer].label} ` +
        `${theirs.medianMs} ms, ${mb(theirs.zipSize)} MB -> time ${timeRatio} (CPU ${out[peer].cpuRatio}), ` +
        `size ${sizeRatio}; ${peerMet ? 'met' : 'MISSED'}`,
    )
  }
  console.log(`${tree.label}: peak RSS ${ours.peakRssMb} MB, deterministic ${ours.deterministic}`)
  return { ...out, met }
}

/** Appends the result to bench/results.json, or with --json writes it to that file for bench/run.mjs. */
async function save(zip) {
  if (args.json) return writeFile(args.json, `${JSON.stringify(zip, null, 2)}\n`)
  appendResults({ date: new Date().toISOString(), machine: machineInfo(), zip })
  console.log('appended to bench/results.json')
}

function summary(results) {
  return {
    medianMs: median(results.map((r) => r.ms)),
    runsMs: results.map((r) => r.ms),
    medianCpuMs: median(results.map((r) => r.cpuMs)),
    zipSize: results[0].zipSize,
  }
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

async function runOurs(root, zipPath) {
  await rm(zipPath, { force: true })
  const script = `
    const { zipDirectory } = await import(${JSON.stringify(zipModule)})
    const zip = await zipDirectory(${JSON.stringify(root)}, ${JSON.stringify(zipPath)})
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

/** Runs a peer under a small Python wrapper, the portable way to read a child's CPU time (RUSAGE_CHILDREN). */
async function runPeer(peer, root, zipPath) {
  await rm(zipPath, { force: true }) // both update an existing archive instead of replacing it
  const wrapper = `
import json, resource, subprocess, sys, time
started = time.perf_counter()
subprocess.run(sys.argv[1:], check=True)
ms = (time.perf_counter() - started) * 1000
usage = resource.getrusage(resource.RUSAGE_CHILDREN)
print(json.dumps({'ms': round(ms), 'cpuMs': round((usage.ru_utime + usage.ru_stime) * 1000)}))
`
  const child = spawnSync('python3', ['-c', wrapper, ...peer.command(zipPath)], {
    cwd: root,
    encoding: 'utf8',
  })
  if (child.status !== 0) throw new Error(`${peer.label} failed:\n${child.stderr}`)
  const { ms, cpuMs } = JSON.parse(child.stdout)
  return { ms, cpuMs, zipSize: (await stat(zipPath)).size }
}
