// `node scripts/screenshot.mjs [comment.md]`: the PR comment of the demo's pull request run (or the given report.md),
// rendered to HTML as GitHub renders markdown (GFM, GitHub's stylesheet) and photographed by headless Chromium
// (Debian: `apt-get install -y chromium fonts-noto-color-emoji`) into docs/pr-comment.png for the README.
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
  // The picture shows what a reader sees after opening the collapsed sections; GitHub draws mermaid pies as charts.
  const body = marked
    .parse(readFileSync(source, 'utf8'), { gfm: true })
    .replace(/<details>/g, '<details open>')
    .replace(/<pre><code class="language-mermaid">([\s\S]*?)<\/code><\/pre>/g, (_, code) => pieSvg(code))
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

/** A mermaid `pie` block (title and "label" : value lines) as an SVG pie with a legend. */
function pieSvg(code) {
  const text = code.replace(/&quot;/g, '"').replace(/&amp;/g, '&')
  const title = /title (.*)/.exec(text)?.[1] ?? ''
  const slices = [...text.matchAll(/"([^"]+)"\s*:\s*([\d.]+)/g)].map((m) => ({
    label: m[1],
    value: Number(m[2]),
  }))
  const total = slices.reduce((sum, s) => sum + s.value, 0) || 1
  const colors = [
    '#4e79a7',
    '#f28e2b',
    '#e15759',
    '#76b7b2',
    '#59a14f',
    '#edc948',
    '#b07aa1',
    '#ff9da7',
    '#9c755f',
  ]
  const r = 120
  let angle = -Math.PI / 2
  const paths = slices.map((s, i) => {
    const sweep = (s.value / total) * 2 * Math.PI
    const [x1, y1] = [r + r * Math.cos(angle), r + r * Math.sin(angle)]
    angle += sweep
    const [x2, y2] = [r + r * Math.cos(angle), r + r * Math.sin(angle)]
    const large = sweep > Math.PI ? 1 : 0
    return `<path d="M${r},${r} L${x1},${y1} A${r},${r} 0 ${large} 1 ${x2},${y2} Z" fill="${colors[i % colors.length]}" stroke="#fff"/>`
  })
  const legend = slices.map(
    (s, i) =>
      `<rect x="${2 * r + 30}" y="${20 + i * 24}" width="14" height="14" fill="${colors[i % colors.length]}"/>` +
      `<text x="${2 * r + 52}" y="${32 + i * 24}" font-size="14">${s.label} (${((s.value / total) * 100).toFixed(1)}%)</text>`,
  )
  const height = Math.max(2 * r, 30 + slices.length * 24) + 40
  return `<div><svg width="560" height="${height}" font-family="sans-serif">
    <text x="0" y="16" font-size="15" font-weight="600">${title}</text>
    <g transform="translate(0,30)">${paths.join('')}${legend.join('')}</g></svg></div>`
}
