#!/usr/bin/env node
// `npm run bench`: every benchmark of BENCHMARKS.md in one run, on this machine. Not a test: nothing here fails on
// time; it prints medians and ratios against baselines measured in the same run and writes bench/results.json.
//
//   node bench/run.mjs [--runs N] [--only startup,nochange,fanout,plan,rebuild,zip,onepass] [--build]
//
// Needs dist/ (built with `npm run build`, or pass --build), python3 for moto, network for pip on first use.
import { execFileSync, spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { BUNDLE, REPO, WORK, compileHelpers, ensureInfoZip, startAws } from './lib.mjs'
import { fanOut, noChange, planPrebuilt, rebuildVsNoChange, startup } from './scenarios.mjs'
import { onePass } from './one-pass.mjs'

const ALL = ['zip', 'startup', 'nochange', 'fanout', 'plan', 'rebuild', 'onepass']
const { values: args } = parseArgs({
  options: {
    runs: { type: 'string', default: '5' },
    only: { type: 'string', default: ALL.join(',') },
    build: { type: 'boolean', default: false },
  },
})
const runs = Math.max(1, Number(args.runs))
const only = new Set(args.only.split(',').map((s) => s.trim()))
const resultsFile = path.join(REPO, 'bench', 'results.json')
const started = Date.now()

if (args.build || !existsSync(BUNDLE)) execFileSync('npm', ['run', 'build'], { cwd: REPO, stdio: 'inherit' })
ensureInfoZip()
rmSync(WORK, { recursive: true, force: true })
mkdirSync(WORK, { recursive: true })

const machine = {
  cpu: os.cpus()[0]?.model ?? 'unknown',
  cores: os.availableParallelism(),
  memoryGb: Math.round(os.totalmem() / 2 ** 30),
  platform: `${os.platform()} ${os.release()}`,
  node: process.version,
  loadAverageAtStart: os.loadavg().map((n) => Number(n.toFixed(2))),
}
console.log(`machine: ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGb} GB, node ${machine.node}`)
console.log(
  `load average at start: ${machine.loadAverageAtStart.join(' ')} (other work on the machine skews timings)`,
)

// The zip benchmark is its own script (it also builds the numpy + pandas tree the plan scenario reuses).
if (only.has('zip')) {
  if (existsSync(path.join(REPO, 'bench', 'zip.mjs'))) {
    console.log('\n== zip: zipDirectory vs Info-ZIP (bench/zip.mjs)')
    const zip = spawnSync(process.execPath, ['bench/zip.mjs', '--runs', String(Math.min(runs, 5))], {
      cwd: REPO,
      stdio: 'inherit',
    })
    if (zip.status !== 0) console.log(`bench/zip.mjs failed (exit ${zip.status})`)
  } else {
    console.log('\n== zip: bench/zip.mjs is missing, skipped')
  }
}

const results = {}
const built = compileHelpers()
const aws =
  only.has('nochange') || only.has('fanout') || only.has('plan') || only.has('rebuild') || only.has('onepass')
    ? await startAws(built)
    : undefined
try {
  if (only.has('startup')) {
    console.log('\n== start-up')
    results.startup = await startup({ runs: runs * 3 })
    console.log(JSON.stringify(results.startup))
  }
  if (only.has('nochange')) {
    console.log('\n== no-change run (10 functions current)')
    results.noChange = await noChange(aws, { runs: runs + 2 })
    console.log(JSON.stringify(results.noChange))
  }
  if (only.has('fanout')) {
    console.log('\n== fan-out (50 functions, 50 ms per call)')
    results.fanOut = await fanOut(aws, built, { runs: Math.min(runs, 3) })
    console.log(JSON.stringify(results.fanOut))
  }
  if (only.has('plan')) {
    console.log('\n== plan run over a prebuilt layer folder')
    results.planPrebuilt = await planPrebuilt(aws, { runs: Math.min(runs, 3) })
    console.log(JSON.stringify(results.planPrebuilt))
  }
  if (only.has('rebuild')) {
    console.log('\n== no-change vs rebuild-and-publish (examples/python)')
    results.rebuildVsNoChange = await rebuildVsNoChange(aws, { runs: Math.min(runs, 3) })
    console.log(JSON.stringify(results.rebuildVsNoChange))
  }
  if (only.has('onepass')) {
    console.log('\n== one pass: plan runs over prebuilt Node, Python and mixed trees (bench/one-pass.mjs)')
    results.onePass = await onePass(aws, { runs: Math.min(runs, 3) })
  }
} finally {
  await aws?.stop()
}

// bench/zip.mjs wrote its key already: merge, keeping results of scenarios not run this time.
let all = {}
try {
  all = JSON.parse(readFileSync(resultsFile, 'utf8'))
} catch {
  // first run
}
Object.assign(all, results, {
  machine: { ...machine, loadAverageAtEnd: os.loadavg().map((n) => Number(n.toFixed(2))) },
  date: new Date().toISOString(),
  durationSeconds: Math.round((Date.now() - started) / 1000),
})
writeFileSync(resultsFile, `${JSON.stringify(all, null, 2)}\n`)
printTable(all)
console.log(`\nwrote ${path.relative(REPO, resultsFile)} in ${all.durationSeconds} s`)

function printTable(r) {
  const rows = []
  const yes = (met) => (met === undefined ? '' : met ? 'met' : 'MISSED')
  if (r.zip) {
    const z = r.zip
    rows.push([
      'zip (vs zip -r -X -q -6)',
      `${z.zipDirectory.medianMs} ms, ${mb(z.zipDirectory.zipSize)} MB, ${z.zipDirectory.peakRssMb} MB RSS`,
      `${z.infozip.medianMs} ms, ${mb(z.infozip.zipSize)} MB`,
      `${z.speedRatio}x faster, size ${z.sizeRatio}`,
      '>= 1.3x, size <= 1.03, < 400 MB',
      yes(z.met),
    ])
  }
  if (r.planPrebuilt && !r.planPrebuilt.skipped) {
    const p = r.planPrebuilt
    rows.push([
      'plan run, prebuilt folder',
      `${p.planRunMs} ms`,
      `Info-ZIP ${p.infozipMs} ms`,
      `${p.ratio}`,
      '<= 1',
      yes(p.met),
    ])
  }
  if (r.noChange) {
    const n = r.noChange
    rows.push([
      'no-change run, 10 functions',
      `${n.runMs} ms, ${n.writeCalls} writes, ${n.functionReadsPerFunction} read/fn`,
      `bare load ${n.bareLoadMs} ms`,
      `${n.ratio}`,
      '<= 2, 0 writes, 1 read/fn',
      yes(n.met),
    ])
  }
  if (r.fanOut) {
    const f = r.fanOut
    rows.push([
      `fan-out, ${f.functions} fns, +${f.latencyMs} ms/call`,
      `action ${f.actionRunMs} ms (c=${f.concurrency})`,
      `sequential ${f.sequentialMs} ms`,
      `${f.ratio} (update phase ${f.updatePhaseRatio})`,
      '<= 0.25',
      yes(f.met),
    ])
  }
  if (r.startup) {
    const s = r.startup
    rows.push([
      'start-up: load dist/index.js',
      `${s.actionLoadMs} ms, ${mb(s.bundle.mainBytes)} MB (+${mb(s.bundle.chunkBytes)} MB lazy)`,
      `node -e 0: ${s.nodeMs} ms`,
      `+${s.actionLoadOverNodeMs} ms`,
      'report',
      '',
    ])
  }
  if (r.rebuildVsNoChange) {
    const b = r.rebuildVsNoChange
    rows.push([
      'no-change vs rebuild+publish',
      `no-change ${b.noChangeMs} ms`,
      `rebuild+publish ${b.rebuildAndPublishMs} ms`,
      `${b.ratio}`,
      'report',
      '',
    ])
  }
  const head = ['scenario', 'measured (median)', 'baseline (median)', 'ratio', 'target', '']
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((row) => String(row[i]).length)))
  const line = (cells) => `| ${cells.map((c, i) => String(c).padEnd(widths[i])).join(' | ')} |`
  console.log(`\n${line(head)}\n|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`)
  for (const row of rows) console.log(line(row))
}

function mb(bytes) {
  return (bytes / 1e6).toFixed(1)
}
