import { run } from './main.js'

/**
 * One bundle for both hosts, so they share their chunks and are built once: the runner runs dist/index.js, and
 * dist/cli.js sets CLI_HOST before loading it. The CLI's own code is a chunk the action never loads.
 */
export const CLI_HOST = Symbol.for('layer-action.cli')

// The process ends when the run does: the run awaits everything it needs, and what it abandoned (a download it
// stopped whose DNS lookup is still pending, which Node cannot cancel: 5 s when a DNS answer is lost) must not hold
// the job open.
if ((globalThis as Record<symbol, unknown>)[CLI_HOST]) {
  void import('./cli.js').then(async (cli) => process.exit(await cli.main(process.argv.slice(2))))
} else {
  void run().finally(() => process.exit())
}
