import { runtimeNotice } from '../core/runtimes.js'
import type { Runtime } from '../core/runtimes.js'
import type { RegionLookup } from './outcome.js'

/**
 * Warnings about what a run cannot fix on its own: functions whose runtime is deprecated or whose updates Lambda
 * blocks within RADAR_DAYS (one line per runtime, naming the functions), and functions a CloudFormation stack
 * manages, whose next deploy puts the stack's own layer list back.
 */
export function rolloutWarnings(lookups: RegionLookup[], layerRuntime: Runtime, today: Date): string[] {
  const warnings: string[] = []
  const layerNotice = runtimeNotice(layerRuntime.id, today)
  if (layerNotice) warnings.push(`The layer's runtime: ${layerNotice.text}`)
  const byRuntime = new Map<string, string[]>()
  for (const lookup of lookups) {
    for (const plan of lookup.functionPlans) {
      const runtime = plan.state?.runtime
      if (runtime && runtimeNotice(runtime, today)) {
        byRuntime.set(runtime, [...(byRuntime.get(runtime) ?? []), `${plan.name} (${lookup.region})`])
      }
    }
  }
  for (const [runtime, functions] of byRuntime) {
    warnings.push(`${runtimeNotice(runtime, today)!.text}: ${functions.join(', ')}`)
  }
  const byStack = new Map<string, string[]>()
  for (const lookup of lookups) {
    for (const plan of lookup.functionPlans) {
      if (plan.stack)
        byStack.set(plan.stack, [...(byStack.get(plan.stack) ?? []), `${plan.name} (${lookup.region})`])
    }
  }
  for (const [stack, functions] of byStack) {
    warnings.push(
      `${functions.join(', ')} ${functions.length === 1 ? 'is' : 'are'} managed by CloudFormation stack ` +
        `'${stack}': its next deploy puts the stack's own layer list back. Let the stack read the layer from ` +
        `'ssm-parameter' (see the README).`,
    )
  }
  return warnings
}
