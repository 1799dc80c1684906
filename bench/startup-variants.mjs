#!/usr/bin/env node
// Start-up experiments behind BENCHMARKS.md (not part of `npm run bench`: it bundles four times, ~4 minutes).
// Bundles src/index.ts four ways into .tools/bench-variants/ and times loading each (no inputs: the static module
// graph loads, then the action stops at its first input), interleaved, against `node -e 0`.
//   node bench/startup-variants.mjs [--runs 21] [--ref <git ref>]   (--ref also bundles that commit the old way)
import { execFileSync, spawnSync } from 'node:child_process'
import { mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { performance } from 'node:perf_hooks'
import { parseArgs } from 'node:util'
import { REPO, TOOLS, bundleFiles, median, ms } from './lib.mjs'

const { values: args } = parseArgs({
  options: { runs: { type: 'string', default: '21' }, ref: { type: 'string' } },
})
const out = path.join(TOOLS, 'bench-variants')
rmSync(out, { recursive: true, force: true })
mkdirSync(out, { recursive: true })
const ncc = path.join(REPO, 'node_modules', '@vercel', 'ncc', 'dist', 'ncc', 'cli.js')

const variants = {}
function bundle(name, entry, { cli, minify, mainFields }, cwd = REPO) {
  const dir = path.join(out, name)
  if (cli) {
    execFileSync(process.execPath, [ncc, 'build', entry, '-o', dir, '--target', 'es2022', '-q'], { cwd })
  } else {
    const extra = minify ? [] : ['--no-minify']
    execFileSync(process.execPath, [path.join(REPO, 'scripts', 'bundle.mjs'), entry, dir, ...extra], { cwd })
    if (!mainFields) throw new Error('scripts/bundle.mjs always uses module-first mainFields')
  }
  writeFileSync(path.join(dir, 'package.json'), '{ "type": "module" }\n')
  variants[name] = path.join(dir, 'index.js')
  console.log(`${name}: ${JSON.stringify(bundleFiles(dir))}`)
}

if (args.ref) {
  const tree = path.join(out, 'ref-src')
  execFileSync('git', ['worktree', 'add', '--detach', tree, args.ref], { cwd: REPO, stdio: 'ignore' })
  try {
    symlinkSync(path.join(REPO, 'node_modules'), path.join(tree, 'node_modules'))
    bundle(`ref ${args.ref}, ncc build`, 'src/index.ts', { cli: true }, tree)
  } finally {
    execFileSync('git', ['worktree', 'remove', '--force', tree], { cwd: REPO })
  }
}
bundle('ncc build, lazy @actions/cache', 'src/index.ts', { cli: true })
bundle('module-first, not minified', 'src/index.ts', { mainFields: true, minify: false })
bundle('module-first + minify (npm run build)', 'src/index.ts', { mainFields: true, minify: true })

const times = { 'node -e 0': [] }
for (const name of Object.keys(variants)) times[name] = []
for (let i = 0; i < Number(args.runs); i++) {
  for (const [name, list] of Object.entries(times)) {
    const argv = name === 'node -e 0' ? ['-e', '0'] : [variants[name]]
    const started = performance.now()
    spawnSync(process.execPath, argv, { env: { PATH: process.env.PATH } })
    list.push(performance.now() - started)
  }
}
for (const [name, list] of Object.entries(times)) console.log(`${name}: median ${ms(median(list))} ms`)
