import { InputError, UserError } from '../core/errors.js'
import { type Architecture, machineName, type Runtime } from '../core/runtimes.js'
import { EM_AARCH64, EM_X86_64, readElf, type ElfInfo } from './elf.js'
import { walkLayer } from './walk.js'

/** An ELF file of the layer, under its name in the layer. */
export interface NativeFile extends ElfInfo {
  name: string
}

const MACHINE_NUMBER: Record<Architecture, number> = { x86_64: EM_X86_64, arm64: EM_AARCH64 }
const SHOWN = 5

/** How to publish a layer with native code for both architectures: one layer per architecture, from a matrix. */
export const ARCHITECTURE_MATRIX_HINT = `Publish one layer per architecture with a build matrix:
  strategy:
    matrix:
      architecture: [x86_64, arm64]
  steps:
    - uses: org/layer-action@v1
      with:
        layer-name: my-deps-\${{ matrix.architecture }}
        architecture: \${{ matrix.architecture }}`

/**
 * Checks the native code in a built layer against the Lambda platform, so a layer that cannot load fails here
 * rather than at the first invocation:
 * - a layer for both architectures must contain no native code at all;
 * - code for the layer's CPU must not need a newer glibc than the runtime's OS has (an error);
 * - code for another CPU is reported as a warning (some packages ship prebuilt binaries for every platform).
 */
export async function checkNativeCode(
  root: string,
  runtime: Runtime,
  architectures: Architecture[],
  log: (line: string) => void,
): Promise<void> {
  const native: NativeFile[] = []
  for (const file of (await walkLayer(root)).files) {
    if (file.size < 64) continue
    const elf = await readElf(file.source)
    if (elf) native.push({ name: file.name, ...elf })
  }
  checkNativeFiles(native, runtime, architectures, log)
}

/** The same checks over the ELF files a pass over the layer found (in the layer's order). */
export function checkNativeFiles(
  files: NativeFile[],
  runtime: Runtime,
  architectures: Architecture[],
  log: (line: string) => void,
): void {
  const wanted = new Set(architectures.map((a) => MACHINE_NUMBER[a]))
  const native: string[] = []
  const foreign: string[] = []
  const tooNew: string[] = []
  for (const elf of files) {
    const shown = elf.name
    native.push(`${shown} (${machineLabel(elf.machine)})`)
    if (!wanted.has(elf.machine)) foreign.push(`${shown} (${machineLabel(elf.machine)})`)
    else if (elf.glibcMinor !== undefined && elf.glibcMinor > runtime.glibcMinor) {
      tooNew.push(`${shown} needs GLIBC_2.${elf.glibcMinor}`)
    }
  }

  if (architectures.length > 1 && native.length > 0) {
    const error = new InputError(
      'architecture',
      `one architecture per layer when it contains native code (${native.length} native file(s): ${sample(native)})`,
      architectures.join(','),
    )
    error.message += `. ${ARCHITECTURE_MATRIX_HINT}`
    throw error
  }
  if (tooNew.length > 0) {
    throw new UserError(
      `The layer has native code that needs a newer glibc than ${runtime.id} provides (glibc 2.${runtime.glibcMinor}): ` +
        `${sample(tooNew)}. Build it on an older system (or a manylinux container), or target a newer runtime.`,
    )
  }
  if (foreign.length > 0) {
    const target = architectures.map(machineName).join('/')
    log(
      `Warning: ${foreign.length} native file(s) are not for ${target} and will not load on Lambda: ${sample(foreign)}`,
    )
  }
}

function machineLabel(machine: number): string {
  if (machine === EM_X86_64) return 'x86_64'
  if (machine === EM_AARCH64) return 'aarch64'
  return `e_machine ${machine}`
}

function sample(items: string[]): string {
  const shown = items.slice(0, SHOWN).join(', ')
  return items.length > SHOWN ? `${shown} and ${items.length - SHOWN} more` : shown
}
