// `npm run build`: type-checks and bundles at the same time, since each step is mostly one thread; then marks dist/
// as ESM and gives the CLI its entry. One bundle serves the action (dist/index.js) and the CLI (dist/cli.js).
import { spawn } from 'node:child_process'

const steps = [
  ['node_modules/typescript/bin/tsc', '--noEmit', '-p', 'tsconfig.json'],
  ['scripts/bundle.mjs', 'src/index.ts', 'dist', '--license', 'licenses.txt'],
]
const codes = await Promise.all(
  steps.map(
    (args) =>
      new Promise((resolve) =>
        spawn(process.execPath, args, { stdio: 'inherit' }).on('close', (code) => resolve(code ?? 1)),
      ),
  ),
)
if (codes.some((code) => code !== 0)) process.exit(1)
await import('./finish-dist.mjs')
