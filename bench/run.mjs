#!/usr/bin/env node
// `npm run bench`: every benchmark of BENCHMARKS.md in one run, on this machine. Not a test: nothing here fails on
// time; it prints medians and ratios against baselines measured in the same run and appends the run to
// bench/results.json, which keeps every run.
//
//   node bench/run.mjs [--runs N] [--only zip,python-x86_64,python-arm64,node,startup,nochange,fanout,plan,rebuild,
//                      onepass] [--build]
//
// --runs (default: BENCH_RUNS, else 3) is the number of paired runs of each comparison. Needs dist/ (built with
// `npm run build`, or pass --build), python3 for moto, network for pip, npm and the peers on first use.
import { execFileSync, spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs'
import path from 'node:path'
import { parseArgs } from 'node:util'
import {
  BUNDLE,
  DEFAULT_RUNS,
  REPO,
  WORK,
  appendResults,
  compileHelpers,
  machineInfo,
  mb,
  startAws,
} from './lib.mjs'
import { nodeVsNpmZip, pythonVsSam } from './peers.mjs'
import { fanOut, noChange, planPrebuilt, rebuildVsNoChange, startup } from './scenarios.mjs'
import { onePass } from './one-pass.mjs'
import { ensureInfoZip } from './tools.mjs'

const ALL = [
  'zip',
  'python-x86_64',
  'python-arm64',
  'node',
  'startup',
  'nochange',
  'fanout',
  'plan',
  'rebuild',
  'onepass',
]
const { values: args } = parseArgs({
  options: {
    runs: { type: 'string', default: DEFAULT_RUNS },
    only: { type: 'string', default: ALL.join(',') },
    build: { type: 'boolean', default: false },
  },
})
const runs = Math.max(1, Number(args.runs))
const only = new Set(args.only.split(',').map((s) => s.trim()))
const unknown = [...only].filter((name) => !ALL.includes(name))
if (unknown.length) throw new Error(`unknown scenario ${unknown.join(', ')}; scenarios: ${ALL.join(', ')}`)
const started = Date.now()

// The action runs on node24 (action.yml), so that is the Node every figure is measured under: the zip, the bundle's
// load and the action's runs all run on process.execPath. Under another Node this script starts itself again on
// Node 24 from npm (as .ci/run does for the end-to-end tests), or says why it cannot and measures where it is.
const ACTION_NODE_MAJOR = 24
if (Number(process.versions.node.split('.')[0]) !== ACTION_NODE_MAJOR) {
  const found = spawnSync('npx', ['--yes', `node@${ACTION_NODE_MAJOR}`, '-p', 'process.execPath'], {
    encoding: 'utf8',
  })
  const node = found.status === 0 ? found.stdout.trim() : ''
  if (node) {
    const again = spawnSync(node, process.argv.slice(1), { stdio: 'inherit' })
    process.exit(again.status ?? 1)
  }
  console.log(
    `Node ${ACTION_NODE_MAJOR}, the action's runtime, could not be had (${(found.stderr || found.error?.message || '').trim().split('\n').at(-1)}); measuring under ${process.version}`,
  )
}

if (args.build || !existsSync(BUNDLE)) execFileSync('npm', ['run', 'build'], { cwd: REPO, stdio: 'inherit' })
const infozipMissing = ensureInfoZip()
if (infozipMissing) throw new Error(`Info-ZIP is needed by the benchmarks: ${infozipMissing}`)
rmSync(WORK, { recursive: true, force: true })
mkdirSync(WORK, { recursive: true })

const { loadAverage: loadAverageAtStart, ...machine } = machineInfo()
console.log(`machine: ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGb} GB, node ${machine.node}`)
console.log(
  `load average at start: ${loadAverageAtStart.join(' ')} (other work on the machine skews timings)`,
)

const results = {}
// The zip benchmark is its own script (it also builds the numpy + pandas tree the plan scenario reuses).
if (only.has('zip')) {
  console.log('\n== zip: zipDirectory vs Info-ZIP and 7-Zip (bench/zip.mjs)')
  const out = path.join(WORK, 'zip.json')
  const zip = spawnSync(process.execPath, ['bench/zip.mjs', '--runs', String(runs), '--json', out], {
    cwd: REPO,
    stdio: 'inherit',
  })
  if (zip.status === 0) results.zip = JSON.parse(readFileSync(out, 'utf8'))
  else console.log(`bench/zip.mjs failed (exit ${zip.status})`)
}

const AWS_SCENARIOS = [
  'python-x86_64',
  'python-arm64',
  'node',
  'nochange',
  'fanout',
  'plan',
  'rebuild',
  'onepass',
]
const built = compileHelpers()
const aws = AWS_SCENARIOS.some((name) => only.has(name)) ? await startAws(built) : undefined
const show = (result) => console.log(result.skipped ? `skipped: ${result.skipped}` : JSON.stringify(result))
try {
  for (const architecture of ['x86_64', 'arm64']) {
    if (!only.has(`python-${architecture}`)) continue
    console.log(`\n== cold Python layer build, ${architecture}: plan run vs sam build`)
    results[`python-${architecture}`] = await pythonVsSam(aws, { runs, architecture })
    show(results[`python-${architecture}`])
  }
  if (only.has('node')) {
    console.log('\n== cold Node.js layer build: plan run vs npm ci + zip')
    results.node = await nodeVsNpmZip(aws, { runs })
    show(results.node)
  }
  if (only.has('startup')) {
    console.log('\n== start-up')
    results.startup = await startup({ runs: runs * 3 })
    show(results.startup)
  }
  if (only.has('nochange')) {
    console.log('\n== no-change run (10 functions current)')
    results.noChange = await noChange(aws, { runs: runs + 2 })
    show(results.noChange)
  }
  if (only.has('fanout')) {
    console.log('\n== fan-out (50 functions, 50 ms per call)')
    results.fanOut = await fanOut(aws, built, { runs })
    show(results.fanOut)
  }
  if (only.has('plan')) {
    console.log('\n== plan run over a prebuilt layer folder')
    results.planPrebuilt = await planPrebuilt(aws, { runs })
    show(results.planPrebuilt)
  }
  if (only.has('rebuild')) {
    console.log('\n== no-change vs rebuild-and-publish (examples/python)')
    results.rebuildVsNoChange = await rebuildVsNoChange(aws, { runs })
    show(results.rebuildVsNoChange)
  }
  if (only.has('onepass')) {
    console.log('\n== one pass: plan runs over prebuilt Node, Python and mixed trees (bench/one-pass.mjs)')
    results.onePass = await onePass(aws, { runs: Math.min(runs, 3) })
  }
} finally {
  await aws?.stop()
}

const record = {
  date: new Date().toISOString(),
  machine: { ...machine, loadAverageAtStart, loadAverageAtEnd: machineInfo().loadAverage },
  durationSeconds: Math.round((Date.now() - started) / 1000),
  runs,
  ...results,
}
appendResults(record)
printTable(record)
console.log(`\nappended to bench/results.json; ${record.durationSeconds} s in all`)

function printTable(r) {
  const rows = []
  const yes = (met) => (met === undefined ? '' : met ? 'met' : 'MISSED')
  for (const architecture of ['x86_64', 'arm64']) {
    const p = r[`python-${architecture}`]
    if (p) rows.push(peerRow(`cold Python build, 11 packages, ${architecture}`, 'sam build', p))
  }
  if (r.node) rows.push(peerRow('cold Node.js build, sharp + esbuild', 'npm ci + zip -6', r.node))
  if (r.zip?.skipped) rows.push(['zip', `skipped: ${r.zip.skipped}`, '', '', '', ''])
  for (const tree of Object.values(r.zip?.trees ?? {})) {
    const ours = `${tree.zipDirectory.medianMs} ms, ${mb(tree.zipDirectory.zipSize)} MB`
    const i = tree.infozip
    rows.push([
      `zip: ${tree.label} vs Info-ZIP`,
      `${ours}, ${tree.zipDirectory.peakRssMb} MB RSS`,
      `zip -6 ${i.medianMs} ms, ${mb(i.zipSize)} MB`,
      `time ${i.timeRatio}, size ${i.sizeRatio}`,
      `time <= ${i.target.timeRatioAtMost}, size <= ${i.target.sizeRatioAtMost}`,
      yes(i.met),
    ])
    const z = tree.sevenZip
    if (z?.skipped) rows.push([`zip: ${tree.label} vs 7-Zip`, `skipped: ${z.skipped}`, '', '', '', ''])
    else if (z)
      rows.push([
        `zip: ${tree.label} vs 7-Zip`,
        ours,
        `7z -mx=1 ${z.medianMs} ms, ${mb(z.zipSize)} MB`,
        `time ${z.timeRatio}, size ${z.sizeRatio}`,
        `time <= ${z.target.timeRatioAtMost}`,
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
      `<= ${n.target.ratioAtMost}, 0 writes, 1 read/fn`,
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

function peerRow(scenario, peer, p) {
  if (p.skipped) return [scenario, `skipped: ${p.skipped}`, '', '', '', '']
  const met = p.met ? 'met' : 'MISSED'
  return [
    scenario,
    `${p.oursMs} ms`,
    `${peer} ${p.peerMs} ms`,
    `${p.ratio} (pairs ${p.medianPairRatio})`,
    `<= ${p.target.ratioAtMost}`,
    met,
  ]
}
