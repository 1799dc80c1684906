// After ncc: mark dist/ as ESM and give the CLI an executable entry with a shebang.
import { chmodSync, writeFileSync } from 'node:fs'

writeFileSync('dist/package.json', JSON.stringify({ type: 'module' }, null, 2) + '\n')
const cli = 'dist/cli.js'
writeFileSync(cli, "#!/usr/bin/env node\nimport './cli/index.js'\n")
chmodSync(cli, 0o755)
