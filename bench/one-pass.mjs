// Benchmark scenario (issue 16): a whole `plan` run over a prebuilt layer folder against Info-ZIP alone on the same
// folder, on a Node tree of about 20,000 small files, the numpy + pandas tree and a tree holding both. Also counts
// how often the run opens each layer file (strace, in a separate untimed run) and its peak memory. With
// BENCH_BASELINE_BUNDLE=<path of another build's dist/index.js>, that bundle's plan runs alternate with ours.
import { execFileSync, spawnSync } from 'node:child_process'
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readFileSync,
  realpathSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { BUNDLE, REPO, TOOLS, WORK, expectRun, median, ms, round, runAction, timeSync } from './lib.mjs'

const NODE_TREE = path.join(TOOLS, 'bench-node-tree', 'layer')
/** numpy + pandas: the tree of the zip benchmark, wherever this checkout's bench/zip.mjs keeps it. */
const PYTHON_TREES = [
  path.join(TOOLS, 'bench-trees', 'numpy-pandas', 'layer'),
  path.join(TOOLS, 'bench-tree', 'layer'),
]
const RATIO_TARGET = 0.7
const PEAK_MB_TARGET = 300

/**
 * A fixed set of packages (jest, eslint, typescript, the AWS SDK …; bench/fixtures/node-tree, the project's own
 * dependencies as they were when the scenario was written), installed by `npm ci` into nodejs/node_modules: about
 * 20,000 files, 160 MB, as a prebuilt Node layer. Fixed, so the project's own dependencies can change without moving
 * the benchmark (or taking the tree past Lambda's 250 MB).
 */
function nodeTree() {
  const nodejs = path.join(NODE_TREE, 'nodejs')
  if (existsSync(path.join(nodejs, 'node_modules'))) return NODE_TREE
  const partial = path.join(TOOLS, 'bench-node-tree', 'nodejs.partial')
  rmSync(partial, { recursive: true, force: true })
  mkdirSync(partial, { recursive: true })
  for (const file of ['package.json', 'package-lock.json'])
    copyFileSync(path.join(REPO, 'bench', 'fixtures', 'node-tree', file), path.join(partial, file))
  console.log('building the Node tree: npm ci --ignore-scripts (bench/fixtures/node-tree)')
  execFileSync('npm', ['ci', '--ignore-scripts', '--no-audit', '--no-fund', '--loglevel=error'], {
    cwd: partial,
    stdio: 'inherit',
  })
  mkdirSync(NODE_TREE, { recursive: true })
  execFileSync('mv', [partial, nodejs])
  return NODE_TREE
}

function pythonTree() {
  return PYTHON_TREES.find((tree) => existsSync(path.join(tree, 'python')))
}

/** Copies (as hard links) the given layer folders' contents into `workspace/layer`, a fresh project. */
function project(name, trees, lock) {
  const workspace = path.join(WORK, `one-pass-${name}`)
  rmSync(workspace, { recursive: true, force: true })
  mkdirSync(path.join(workspace, 'layer'), { recursive: true })
  for (const tree of trees) execFileSync('cp', ['-al', `${tree}/.`, path.join(workspace, 'layer')])
  writeFileSync(path.join(workspace, 'deps.lock'), lock)
  return workspace
}

function layerStats(layer) {
  const out = execFileSync('find', [layer, '-type', 'f', '-printf', '%s\\n'], {
    maxBuffer: 1 << 28,
  }).toString()
  const sizes = out.split('\n').filter(Boolean).map(Number)
  return {
    files: sizes.length,
    nonEmptyFiles: sizes.filter((s) => s > 0).length,
    bytes: sizes.reduce((a, b) => a + b, 0),
  }
}

/**
 * dist/index.js started through a small module that reports the process's peak RSS (worker threads included) on
 * exit, or, with BENCH_STRACE set, runs it under `strace -f` to log every open.
 */
function wrapper(bundle = BUNDLE) {
  const file = path.join(WORK, `one-pass-wrapper-${bundle === BUNDLE ? 'dist' : 'baseline'}.mjs`)
  writeFileSync(
    file,
    `import { spawnSync } from 'node:child_process'
if (process.env.BENCH_STRACE) {
  const args = ['-f', '-qq', '-e', 'trace=open,openat,openat2', '-o', process.env.BENCH_STRACE, process.execPath, ${JSON.stringify(bundle)}]
  const child = spawnSync('strace', args, { stdio: 'inherit' })
  process.exit(child.status ?? 1)
}
process.on('exit', () => {
  const usage = process.resourceUsage()
  const cpuMs = Math.round((usage.userCPUTime + usage.systemCPUTime) / 1000)
  process.stderr.write('\\nbench-usage ' + usage.maxRSS + ' ' + cpuMs + '\\n')
})
await import(${JSON.stringify(pathToFileURL(bundle).href)})
`,
  )
  return file
}

/**
 * Opens of regular files under `layer` (directories aside) in an strace log: total, and the most for one file. With
 * several threads a call may be logged as `<unfinished ...>` and its result on a later line: such an open counts.
 */
function countOpens(log, layer) {
  const prefix = `${realpathSync(layer)}/`
  const perFile = new Map()
  let directories = 0
  for (const line of readFileSync(log, 'utf8').split('\n')) {
    const match = /open(?:at2?)?\((?:[^,"]+, )?"([^"]+)", ([^,)<]+)/.exec(line)
    if (!match || !match[1].startsWith(prefix) || /= -1 /.test(line)) continue
    if (match[2].includes('O_DIRECTORY')) directories++
    else perFile.set(match[1], (perFile.get(match[1]) ?? 0) + 1)
  }
  const counts = [...perFile.values()]
  const most = Math.max(0, ...counts)
  return {
    fileOpens: counts.reduce((a, b) => a + b, 0),
    filesOpened: counts.length,
    mostForOneFile: most,
    openedMost: [...perFile]
      .filter(([, n]) => n === most && most > 1)
      .slice(0, 3)
      .map(([f]) => f.slice(prefix.length)),
    directoryOpens: directories,
  }
}

async function measure(aws, name, trees, runtime, runs, baselineBundle) {
  const workspace = project(name, trees, `${name}\n`)
  const layer = path.join(workspace, 'layer')
  const stats = layerStats(layer)
  const inputs = {
    'layer-name': `one-pass-${name}`,
    runtime,
    lockfiles: 'deps.lock',
    'build-command': 'true',
    'layer-directory': 'layer',
    mode: 'plan',
  }
  const env = { ...aws.env(), LAYER_ACTION_CACHE_DIR: 'off' }
  const planRun = async (bundle) => {
    const r = expectRun(
      await runAction({ workspace, inputs, env, bundle }),
      `plan run (${name})`,
      (o) => o.plan === 'publish',
    )
    const usage = /bench-usage (\d+) (\d+)/.exec(r.stderr)
    return {
      ms: r.ms,
      rssMb: Number(usage?.[1] ?? NaN) / 1024,
      cpuMs: Number(usage?.[2] ?? NaN),
      zipSize: Number(r.outputs['zip-size']),
    }
  }
  const traceOpens = async (bundle) => {
    if (spawnSync('strace', ['-V']).status !== 0) return undefined
    const log = path.join(WORK, `one-pass-${name}.strace`)
    expectRun(
      await runAction({ workspace, inputs, env: { ...env, BENCH_STRACE: log }, bundle }),
      `traced plan run (${name})`,
    )
    const opens = countOpens(log, layer)
    rmSync(log, { force: true })
    return {
      ...opens,
      nonEmptyFiles: stats.nonEmptyFiles,
      opensPerFile: round(opens.fileOpens / stats.nonEmptyFiles, 3),
    }
  }
  const zipOut = path.join(WORK, `one-pass-${name}.zip`)
  const infozipRun = () => {
    rmSync(zipOut, { force: true })
    // GNU time reports Info-ZIP's CPU time (user + system), which other load on the machine skews much less.
    const z = timeSync(
      '/usr/bin/time',
      ['-f', 'bench-cpu %U %S', 'zip', '-r', '-X', '-q', '-6', zipOut, '.'],
      { cwd: layer },
    )
    if (z.child.status !== 0) throw new Error(`zip failed: ${z.child.stderr}`)
    const cpu = /bench-cpu ([\d.]+) ([\d.]+)/.exec(z.child.stderr)
    return { ms: z.ms, cpuMs: (Number(cpu?.[1]) + Number(cpu?.[2])) * 1000, zipSize: statSync(zipOut).size }
  }

  const ours = wrapper()
  const baseline = baselineBundle && wrapper(baselineBundle)
  const plan = []
  const infozip = []
  const before = []
  for (let i = 0; i < runs; i++) {
    plan.push(await planRun(ours))
    infozip.push(infozipRun())
    if (baseline) before.push(await planRun(baseline))
  }
  rmSync(zipOut, { force: true })
  const opens = await traceOpens(ours)
  const baselineOpens = baseline && (await traceOpens(baseline))
  rmSync(workspace, { recursive: true, force: true })

  const med = (runs, key) => median(runs.map((r) => r[key]))
  const ratio = med(plan, 'ms') / med(infozip, 'ms')
  const peakRssMb = Math.round(Math.max(...plan.map((r) => r.rssMb)))
  return {
    tree: name,
    files: stats.files,
    bytes: stats.bytes,
    runs,
    planRunMs: ms(med(plan, 'ms')),
    planRunsMs: plan.map((r) => ms(r.ms)),
    infozipMs: ms(med(infozip, 'ms')),
    infozipRunsMs: infozip.map((r) => ms(r.ms)),
    ratio: round(ratio),
    planRunCpuMs: ms(med(plan, 'cpuMs')),
    infozipCpuMs: ms(med(infozip, 'cpuMs')),
    cpuRatio: round(med(plan, 'cpuMs') / med(infozip, 'cpuMs')),
    zipSize: plan[0].zipSize,
    infozipSize: infozip[0].zipSize,
    sizeRatio: round(plan[0].zipSize / infozip[0].zipSize, 4),
    peakRssMb,
    opens,
    baseline: baseline && {
      bundle: baselineBundle,
      planRunMs: ms(med(before, 'ms')),
      ratio: round(med(before, 'ms') / med(infozip, 'ms')),
      cpuRatio: round(med(before, 'cpuMs') / med(infozip, 'cpuMs')),
      peakRssMb: Math.round(Math.max(...before.map((r) => r.rssMb))),
      opens: baselineOpens,
    },
    target: { ratioAtMost: RATIO_TARGET, peakRssMbBelow: PEAK_MB_TARGET, opensPerFile: 1 },
    met:
      ratio <= RATIO_TARGET && peakRssMb < PEAK_MB_TARGET && (opens === undefined || opens.opensPerFile <= 1),
  }
}

/**
 * The whole plan run over a prebuilt folder (custom builder `true`; fingerprint, native-code check, package
 * listing, zip, AWS lookup, report) against `zip -r -X -q -6` alone, alternating, on three trees.
 */
export async function onePass(aws, { runs, baselineBundle = process.env.BENCH_BASELINE_BUNDLE }) {
  await aws.reset()
  const node = nodeTree()
  const python = pythonTree()
  const results = { trees: [] }
  const show = (r) =>
    console.log(
      `${r.tree}: ${r.files} files, ${(r.bytes / 1e6).toFixed(1)} MB: plan run ${r.planRunMs} ms, Info-ZIP ${r.infozipMs} ms ` +
        `-> ${r.ratio} (target <= ${RATIO_TARGET}; CPU time ${r.planRunCpuMs} / ${r.infozipCpuMs} ms = ${r.cpuRatio}); ` +
        `size ${r.sizeRatio}; peak RSS ${r.peakRssMb} MB; ` +
        (r.opens
          ? `opens per file ${r.opens.opensPerFile} (most for one file ${r.opens.mostForOneFile})`
          : 'strace missing: opens not counted') +
        (r.baseline
          ? `; baseline bundle: plan run ${r.baseline.planRunMs} ms -> ${r.baseline.ratio} ` +
            `(CPU ${r.baseline.cpuRatio}), peak RSS ${r.baseline.peakRssMb} MB, ` +
            `opens per file ${r.baseline.opens?.opensPerFile}`
          : ''),
    )
  // BENCH_ONE_PASS_TREES=node (or numpy-pandas, mixed) measures only those trees.
  const wanted = (name) =>
    !process.env.BENCH_ONE_PASS_TREES || process.env.BENCH_ONE_PASS_TREES.split(',').includes(name)
  if (wanted('node')) {
    results.trees.push(await measure(aws, 'node', [node], 'nodejs22.x', runs, baselineBundle))
    show(results.trees.at(-1))
  }
  if (python) {
    for (const [name, trees] of [
      ['numpy-pandas', [python]],
      ['mixed', [python, node]],
    ]) {
      if (!wanted(name)) continue
      results.trees.push(await measure(aws, name, trees, 'python3.12', runs, baselineBundle))
      show(results.trees.at(-1))
    }
  } else if (wanted('numpy-pandas') || wanted('mixed')) {
    results.skipped =
      'no numpy + pandas tree yet (bench/zip.mjs builds it): the Python and mixed trees were skipped'
    console.log(results.skipped)
  }
  results.met = results.trees.every((t) => t.met) && !results.skipped
  return results
}
