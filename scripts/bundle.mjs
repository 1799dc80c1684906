// Bundles an entry point with ncc into dist/, as `ncc build` does, plus two settings the ncc command line
// does not offer and start-up time depends on (see BENCHMARKS.md):
// - mainFields ['module', 'main']: packages that ship an ES module build (the AWS SDK's dist-es) are bundled from it,
//   so webpack keeps only the commands that are imported instead of every command of the client;
// - minify: less source for V8 to read and compile on every run.
//   node scripts/bundle.mjs <entry.ts> <out-dir> [--license FILE] [--no-minify]
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import { parseArgs } from 'node:util'

const require = createRequire(import.meta.url)
const ncc = require('@vercel/ncc')

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    license: { type: 'string' },
    'no-minify': { type: 'boolean', default: false },
  },
})
const [entry, outDir] = positionals
if (!entry || !outDir) {
  console.error('usage: node scripts/bundle.mjs <entry.ts> <out-dir> [--license FILE] [--no-minify]')
  process.exit(2)
}

const { code, assets, stats } = await ncc(path.resolve(entry), {
  target: 'es2022',
  minify: !values['no-minify'],
  mainFields: ['module', 'main'],
  quiet: true,
})

mkdirSync(outDir, { recursive: true })
// Chunks of an earlier build would otherwise linger next to the new ones.
for (const name of readdirSync(outDir)) if (/^\d+\.index\.js$/.test(name)) rmSync(path.join(outDir, name))
writeFileSync(path.join(outDir, 'index.js'), code)
for (const [name, asset] of Object.entries(assets)) {
  const file = path.join(outDir, name)
  mkdirSync(path.dirname(file), { recursive: true })
  writeFileSync(file, asset.source)
}
if (values.license) writeFileSync(path.join(outDir, values.license), licenses(stats))
const chunks = Object.keys(assets).filter((n) => n.endsWith('.js'))
console.log(`${outDir}/index.js: ${(code.length / 1e6).toFixed(2)} MB, ${chunks.length} lazily loaded chunks`)

/**
 * The licenses of every package in the bundle and its lazily loaded chunks, in ncc's `--license` format (name,
 * license id, license text). ncc's own license file misses the main chunk's packages with these settings.
 */
function licenses(stats) {
  const roots = new Map()
  for (const module of stats.compilation.modules) {
    const match = /^(.*[\\/]node_modules[\\/])((?:@[^\\/]+[\\/])?[^\\/]+)/.exec(module.resource ?? '')
    if (match) roots.set(match[2].replace(/\\/g, '/'), match[1] + match[2])
  }
  const entries = []
  for (const [name, root] of [...roots].sort(([a], [b]) => a.localeCompare(b))) {
    const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'))
    const file = readdirSync(root).find((f) => /^licen[cs]e(\.|$)/i.test(f))
    const text =
      file && existsSync(path.join(root, file)) ? readFileSync(path.join(root, file), 'utf8').trim() : ''
    entries.push([name, pkg.license ?? '', text].filter(Boolean).join('\n'))
  }
  return `${entries.join('\n\n')}\n`
}
