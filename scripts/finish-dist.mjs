// After ncc: mark dist/ as ESM and give the CLI an executable entry with a shebang.
import { chmodSync, writeFileSync } from 'node:fs'

writeFileSync('dist/package.json', JSON.stringify({ type: 'module' }, null, 2) + '\n')
const cli = 'dist/cli.js'
// The action's bundle serves the CLI too (src/index.ts reads the mark set here).
writeFileSync(
  cli,
  "#!/usr/bin/env node\nglobalThis[Symbol.for('layer-action.cli')] = true\nawait import('./index.js')\n",
)
chmodSync(cli, 0o755)
