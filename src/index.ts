import { run } from './main.js'

/**
 * One bundle for both hosts, so they share their chunks and are built once: the runner runs dist/index.js, and
 * dist/cli.js sets CLI_HOST before loading it. The CLI's own code is a chunk the action never loads.
 */
export const CLI_HOST = Symbol.for('layer-action.cli')

if ((globalThis as Record<symbol, unknown>)[CLI_HOST]) {
  void import('./cli.js').then(async (cli) => (process.exitCode = await cli.main(process.argv.slice(2))))
} else {
  void run()
}
