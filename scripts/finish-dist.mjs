// After ncc: mark dist/ as ESM and make the CLI executable with a shebang.
import { chmodSync, readFileSync, writeFileSync } from 'node:fs'

writeFileSync('dist/package.json', JSON.stringify({ type: 'module' }, null, 2) + '\n')
const cli = 'dist/cli.js'
const source = readFileSync(cli, 'utf8')
if (!source.startsWith('#!')) writeFileSync(cli, `#!/usr/bin/env node\n${source}`)
chmodSync(cli, 0o755)
