// `npm test`: installs the loopback AWS emulator and proxy on first use, runs every jest project, and ends with one
// plain "N passed, N failed" line. Extra arguments go to jest (e.g. `npm test -- __tests__/unit`).
import { spawnSync } from 'node:child_process'
import { mkdirSync, readFileSync } from 'node:fs'

for (const tool of ['scripts/moto.mjs', 'scripts/proxy.mjs']) {
  const install = spawnSync(process.execPath, [tool, 'install'], { stdio: 'inherit' })
  if (install.status !== 0) process.exit(install.status ?? 1)
}

mkdirSync('.tools', { recursive: true })
const resultsFile = '.tools/jest-results.json'
const jest = spawnSync(
  process.execPath,
  ['node_modules/jest/bin/jest.js', '--json', `--outputFile=${resultsFile}`, ...process.argv.slice(2)],
  {
    stdio: 'inherit',
    env: {
      ...process.env,
      NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --experimental-vm-modules`.trim(),
      // The action runs on node24; the SDK's notice about older Node versions is noise in a test run on Node 20.
      AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
    },
  },
)

try {
  const results = JSON.parse(readFileSync(resultsFile, 'utf8'))
  console.log(
    `\ntests: ${results.numPassedTests} passed, ${results.numFailedTests} failed, ${results.numPendingTests} skipped`,
  )
} catch {
  console.log('\ntests: 0 passed, 1 failed (jest wrote no results)')
}
process.exit(jest.status ?? 1)
