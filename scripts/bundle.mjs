// Bundles an entry point with ncc into dist/, as `ncc build` does, plus two settings the ncc command line
// does not offer and start-up time depends on (see BENCHMARKS.md):
// - mainFields ['module', 'main']: packages that ship an ES module build (the AWS SDK's dist-es) are bundled from it,
//   so webpack keeps only the commands that are imported instead of every command of the client;
// - minify: less source for V8 to read and compile on every run.
// The CLI is bundled into the same folder under another name (--name cli.js --shared-chunks): its lazily loaded
// chunks are the action's, byte for byte, so the two share them instead of committing them twice.
//   node scripts/bundle.mjs <entry.ts> <out-dir> [--name index.js] [--shared-chunks] [--license FILE] [--no-minify]
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import { parseArgs } from 'node:util'

const require = createRequire(import.meta.url)
const ncc = require('@vercel/ncc')

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    name: { type: 'string', default: 'index.js' },
    'shared-chunks': { type: 'boolean', default: false },
    license: { type: 'string' },
    'no-minify': { type: 'boolean', default: false },
  },
})
const [entry, outDir] = positionals
if (!entry || !outDir) {
  console.error(
    'usage: node scripts/bundle.mjs <entry.ts> <out-dir> [--name index.js] [--shared-chunks] [--license FILE] [--no-minify]',
  )
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
if (!values['shared-chunks']) {
  for (const name of readdirSync(outDir)) if (/^\d+\.index\.js$/.test(name)) rmSync(path.join(outDir, name))
}
writeFileSync(path.join(outDir, values.name), code)
for (const [name, asset] of Object.entries(assets)) {
  const file = path.join(outDir, name)
  if (values['shared-chunks'] && existsSync(file)) {
    if (!readFileSync(file).equals(Buffer.from(asset.source))) {
      console.error(`${file} differs between the bundles that share it; bundle them into separate folders`)
      process.exit(1)
    }
    continue
  }
  mkdirSync(path.dirname(file), { recursive: true })
  writeFileSync(file, asset.source)
}
if (values.license) writeFileSync(path.join(outDir, values.license), licenses(stats))
const chunks = Object.keys(assets).filter((n) => n.endsWith('.js'))
console.log(
  `${outDir}/${values.name}: ${(code.length / 1e6).toFixed(2)} MB, ${chunks.length} lazily loaded chunks`,
)

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
