// `node scripts/screenshot.mjs [comment.md]`: the PR comment of the demo's pull request run (or the given report.md),
// rendered to HTML as GitHub renders markdown (GFM, GitHub's stylesheet) and photographed by headless Chromium
// (Debian: `apt-get install -y chromium`) into docs/pr-comment.png for the README.
import { execFileSync, spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { marked } from 'marked'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const require = createRequire(import.meta.url)
const work = mkdtempSync(path.join(tmpdir(), 'layer-action-screenshot-'))
const WIDTH = 900

try {
  let source = process.argv[2]
  if (!source) {
    source = path.join(work, 'comment.md')
    const demo = spawnSync(process.execPath, [path.join(root, 'scripts', 'demo.mjs')], {
      env: { ...process.env, DEMO_SAVE_COMMENT: source },
      stdio: ['ignore', 'ignore', 'inherit'],
    })
    if (demo.status !== 0) throw new Error(`the demo failed (exit ${demo.status})`)
  }
  // The picture shows what a reader sees after opening the collapsed sections.
  const body = marked
    .parse(readFileSync(source, 'utf8'), { gfm: true })
    .replace(/<details>/g, '<details open>')
  const css = readFileSync(require.resolve('github-markdown-css/github-markdown-light.css'), 'utf8')
  const page = (height) => `<!doctype html><html><head><meta charset="utf-8"><style>${css}
    body { margin: 0; background: #fff; }
    .comment { box-sizing: border-box; width: ${WIDTH}px; padding: 16px 24px; }
    </style></head><body data-height="${height}"><article class="markdown-body comment">${body}</article>
    <script>document.body.dataset.height = document.body.scrollHeight</script></body></html>`
  const html = path.join(work, 'comment.html')
  writeFileSync(html, page(0))
  const chromium = process.env.CHROMIUM ?? 'chromium'
  const flags = [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--hide-scrollbars',
    '--force-device-scale-factor=1',
  ]
  const dom = execFileSync(chromium, [...flags, '--dump-dom', `file://${html}`], {
    encoding: 'utf8',
    stdio: 'pipe',
  })
  const height = Number(/data-height="(\d+)"/.exec(dom)?.[1]) || 1600
  const out = path.join(root, 'docs', 'pr-comment.png')
  execFileSync(
    chromium,
    [...flags, `--window-size=${WIDTH},${height}`, `--screenshot=${out}`, `file://${html}`],
    {
      stdio: 'pipe',
    },
  )
  console.log(`${path.relative(root, out)} (${WIDTH}×${height})`)
} finally {
  rmSync(work, { recursive: true, force: true })
}
