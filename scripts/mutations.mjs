// `npm run test:mutations`: puts known bugs back into src/ one at a time and checks that the tests guarding each
// one fail. For every edit: apply it (a search/replace on one snippet of one file), rebuild dist/, run the test
// files listed for it, restore the file. Prints which edits survived and exits non-zero if any did.
//
//   node scripts/mutations.mjs             every edit
//   node scripts/mutations.mjs org-public  only the named edits
//   node scripts/mutations.mjs --list      the edits and their tests
//
// An edit whose snippet is not found exactly once stops the run before anything is changed: the list must follow
// the code. The guard tests are first run on the unchanged code, which must pass. Takes several minutes (one build
// per edit); not part of `npm test`. Logs go to .tools/mutations/.
import { spawn, spawnSync } from 'node:child_process'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { REPO_ROOT } from './lib/run-action.mjs'

const E2E = '__tests__/integration'
const PIPELINE = '__tests__/unit/pipeline.test.ts'

/** Each edit: the file, the exact text to replace and its replacement, and the test files that must catch it. */
export const MUTATIONS = [
  {
    id: 'org-public',
    what: 'an organization grant made public (Principal * without the OrganizationId)',
    file: 'src/aws/permissions.ts',
    search: "? { Principal: '*', OrganizationId: principal }",
    replace: "? { Principal: '*', OrganizationId: undefined }",
    tests: [`${E2E}/reliability-properties.test.ts`, PIPELINE],
  },
  {
    id: 'masked-names',
    what: 'the runner tokens removed from the masked variables',
    file: 'src/main.ts',
    search: "  'ACTIONS_RUNTIME_TOKEN',\n  'ACTIONS_ID_TOKEN_REQUEST_TOKEN',\n",
    replace: '',
    tests: [`${E2E}/reliability-properties.test.ts`],
  },
  {
    id: 'five-layers',
    what: 'the 5-layer check removed',
    file: 'src/aws/functions.ts',
    search: 'if (layerCount > MAX_LAYERS) {',
    replace: 'if (layerCount > Infinity) {',
    tests: [`${E2E}/reliability-properties.test.ts`, PIPELINE],
  },
  {
    id: 'drop-other-layers',
    what: "a function's other layers dropped when the layer is added",
    file: 'src/aws/functions.ts',
    search: 'if (index === -1) return [...currentLayerArns, newVersionArn]',
    replace: 'if (index === -1) return [newVersionArn]',
    tests: [`${E2E}/action-apply.test.ts`, PIPELINE],
  },
  {
    id: 'drop-revision-id',
    what: 'the RevisionId left out of the function update',
    file: 'src/aws/functions.ts',
    search: '            RevisionId: state.revisionId,\n',
    replace: '',
    tests: [`${E2E}/reliability-faults.test.ts`, PIPELINE],
  },
  {
    id: 'prune-in-use',
    what: 'keep-versions deleting versions that functions use',
    file: 'src/aws/prune.ts',
    search: 'if (usedBy.length > 0) plan.keptInUse.push({ version, usedBy })',
    replace: 'if (usedBy.length < 0) plan.keptInUse.push({ version, usedBy })',
    tests: [`${E2E}/fleet-versions.test.ts`, PIPELINE],
  },
  {
    id: 'publish-in-plan',
    what: 'plan mode going on to publish and update',
    file: 'src/pipeline.ts',
    search: "if (inputs.mode === 'plan') {\n    const publishNeeded",
    replace: "if ((inputs.mode as string) === 'preview') {\n    const publishNeeded",
    tests: [`${E2E}/action-pull-request.test.ts`, PIPELINE],
  },
  {
    id: 'comment-author',
    what: 'the sticky comment taking any marked comment, whoever wrote it',
    file: 'src/report/github.ts',
    search: 'const own = login === undefined ? undefined : marked.find((c) => isAuthoredBy(c, login))',
    replace: 'const own = marked[0]',
    tests: [`${E2E}/github-comment.test.ts`],
  },
  {
    id: 'publish-sdk-retries',
    what: 'a publish whose answer was lost resent blindly by the SDK',
    file: 'src/aws/layers.ts',
    search: 'const lambda = clients.lambdaOnce ?? clients.lambda',
    replace: 'const lambda = clients.lambda',
    tests: [`${E2E}/reliability-faults.test.ts`],
  },
  {
    id: 'publish-retry-unlisted',
    what: 'a publish whose answer was lost retried without looking for the version it made',
    file: 'src/aws/layers.ts',
    search: 'if (landed) return (await getLayerVersion(',
    replace: 'if (landed && attempt < 0) return (await getLayerVersion(',
    tests: [`${E2E}/reliability-faults.test.ts`],
  },
]

const logDir = path.join(REPO_ROOT, '.tools', 'mutations')

/** The child being waited for, so an interrupted run can stop it. */
let current

/** Runs a command to the end, its output going to a log file; resolves whether it succeeded. */
async function run(command, args, logName) {
  const started = Date.now()
  // Its own process group, so an interrupt stops the build or the test workers with it.
  const child = spawn(command, args, {
    cwd: REPO_ROOT,
    detached: true,
    env: {
      ...process.env,
      NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --experimental-vm-modules`.trim(),
      AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
    },
  })
  current = child
  let output = ''
  child.stdout.on('data', (d) => (output += d))
  child.stderr.on('data', (d) => (output += d))
  const code = await new Promise((resolve) => child.on('close', (c) => resolve(c ?? 1)))
  current = undefined
  writeFileSync(path.join(logDir, `${logName}.log`), output)
  return { ok: code === 0, seconds: Math.round((Date.now() - started) / 1000), output }
}

const build = (logName) => run('npm', ['run', 'build'], logName)
const jest = (tests, logName) =>
  run(process.execPath, ['node_modules/jest/bin/jest.js', '--bail', '--runTestsByPath', ...tests], logName)

/** `Tests: 3 failed, 12 passed, 15 total` from jest's output. */
const testCounts = (output) => /^Tests:\s+(.*)$/m.exec(output)?.[1] ?? 'no test summary'

function checkSnippets(mutations) {
  const problems = []
  for (const m of mutations) {
    const text = readFileSync(path.join(REPO_ROOT, m.file), 'utf8')
    const count = text.split(m.search).length - 1
    if (count !== 1)
      problems.push(`${m.id}: the snippet is found ${count} times in ${m.file}:\n  ${m.search}`)
  }
  if (problems.length > 0) {
    console.error(`The edits no longer match the code; update scripts/mutations.mjs:\n${problems.join('\n')}`)
    process.exit(2)
  }
}

async function main() {
  const args = process.argv.slice(2)
  if (args.includes('--list')) {
    for (const m of MUTATIONS)
      console.log(`${m.id.padEnd(24)} ${m.what}\n${' '.repeat(25)}${m.tests.join(' ')}`)
    return
  }
  const unknown = args.filter((id) => !MUTATIONS.some((m) => m.id === id))
  if (unknown.length > 0) throw new Error(`unknown edits: ${unknown.join(', ')} (see --list)`)
  const chosen = args.length > 0 ? MUTATIONS.filter((m) => args.includes(m.id)) : MUTATIONS
  mkdirSync(logDir, { recursive: true })
  checkSnippets(chosen)
  spawnSync(process.execPath, ['scripts/moto.mjs', 'install'], { cwd: REPO_ROOT, stdio: 'inherit' })

  console.log('Baseline: the guard tests on the unchanged code')
  const baseBuild = await build('baseline-build')
  if (!baseBuild.ok) throw new Error(`npm run build fails on the unchanged code (see ${logDir})`)
  const allTests = [...new Set(chosen.flatMap((m) => m.tests))]
  const baseline = await jest(allTests, 'baseline-tests')
  console.log(`  ${testCounts(baseline.output)} (${baseline.seconds} s)`)
  if (!baseline.ok)
    throw new Error(`the guard tests fail on the unchanged code (see ${logDir}/baseline-tests.log)`)

  const results = []
  let restore = () => {}
  // Interrupted: the source file comes back before anything else (dist/ then needs `npm run build`).
  const onSignal = () => {
    restore()
    if (current) process.kill(-current.pid, 'SIGTERM')
    console.log('Interrupted: the edited file is restored; run `npm run build` before end-to-end tests')
    process.exit(130)
  }
  process.on('SIGINT', onSignal)
  process.on('SIGTERM', onSignal)
  for (const m of chosen) {
    const file = path.join(REPO_ROOT, m.file)
    const original = readFileSync(file, 'utf8')
    restore = () => writeFileSync(file, original)
    let outcome
    try {
      writeFileSync(file, original.replace(m.search, m.replace))
      const built = await build(`${m.id}-build`)
      if (!built.ok) {
        outcome = { id: m.id, result: 'did not build', detail: `see ${logDir}/${m.id}-build.log` }
      } else {
        const tested = await jest(m.tests, `${m.id}-tests`)
        outcome = {
          id: m.id,
          // A run that ended without jest's summary (a crash) says nothing about the edit.
          result: tested.ok ? 'SURVIVED' : /^Tests:.*failed/m.test(tested.output) ? 'caught' : 'no verdict',
          detail: `${testCounts(tested.output)} (${tested.seconds} s)`,
        }
      }
    } finally {
      restore()
      restore = () => {}
    }
    results.push(outcome)
    console.log(`${outcome.result.padEnd(13)} ${m.id.padEnd(24)} ${m.what}: ${outcome.detail}`)
  }

  console.log('Rebuilding dist/ from the unchanged code')
  await build('final-build')
  const survived = results.filter((r) => r.result !== 'caught')
  console.log(
    `\nmutations: ${results.length - survived.length} of ${results.length} caught` +
      (survived.length > 0 ? `; not caught: ${survived.map((r) => `${r.id} (${r.result})`).join(', ')}` : ''),
  )
  process.exitCode = survived.length > 0 ? 1 : 0
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main()
