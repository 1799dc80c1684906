import { closeSync, fstatSync, openSync, readSync } from 'node:fs'

/** ELF e_machine values of the two Lambda CPUs. */
export const EM_X86_64 = 62
export const EM_AARCH64 = 183

export interface ElfInfo {
  machine: number
  /** Highest `GLIBC_2.N` symbol version the file needs (its N), or undefined when it needs none. */
  glibcMinor?: number
}

/** Returns `length` bytes at `offset` of the file being inspected; throws when the file is shorter. */
export type ReadAt = (offset: number, length: number) => Buffer

/**
 * Reads the parts of an ELF file that decide whether it can load on Lambda: the CPU, and the newest glibc
 * symbol version it references (a binary linked on a newer glibc fails with "version `GLIBC_2.38' not found").
 * Returns undefined for anything that is not a 64-bit little-endian ELF file.
 */
export async function readElf(file: string): Promise<ElfInfo | undefined> {
  const fd = openSync(file, 'r')
  try {
    const size = fstatSync(fd).size
    return parseElf(size, (offset, length) => {
      const bytes = Buffer.alloc(length)
      if (offset + length > size || readSync(fd, bytes, 0, length, offset) < length) {
        throw new Error('truncated ELF file')
      }
      return bytes
    })
  } finally {
    closeSync(fd)
  }
}

/**
 * The same from any source of the file's bytes. Self-contained (it uses only its parameters and globals): the
 * deflate workers run it on the bytes they read for the zip, so the check needs no read of its own.
 */
export function parseElf(size: number, read: ReadAt): ElfInfo | undefined {
  if (size < 64) return undefined
  const header = read(0, 64)
  if (header.readUInt32BE(0) !== 0x7f454c46) return undefined
  if (header[4] !== 2 || header[5] !== 1) return undefined
  const machine = header.readUInt16LE(18)

  const SHT_GNU_VERNEED = 0x6ffffffe
  const neededGlibcMinor = (): number | undefined => {
    const sectionsOffset = Number(header.readBigUInt64LE(40))
    const sectionSize = header.readUInt16LE(58)
    const sectionCount = header.readUInt16LE(60)
    if (sectionsOffset === 0 || sectionCount === 0 || sectionSize < 64) return undefined
    const table = read(sectionsOffset, sectionSize * sectionCount)
    const section = (i: number) => {
      const at = i * sectionSize
      return {
        type: table.readUInt32LE(at + 4),
        offset: Number(table.readBigUInt64LE(at + 24)),
        size: Number(table.readBigUInt64LE(at + 32)),
        link: table.readUInt32LE(at + 40),
      }
    }

    let highest: number | undefined
    for (let i = 0; i < sectionCount; i++) {
      const verneed = section(i)
      if (verneed.type !== SHT_GNU_VERNEED) continue
      const strings = section(verneed.link)
      const needs = read(verneed.offset, verneed.size)
      const names = read(strings.offset, strings.size)
      const nameAt = (at: number) => names.toString('latin1', at, names.indexOf(0, at))

      // Elf64_Verneed {vn_version u16, vn_cnt u16, vn_file u32, vn_aux u32, vn_next u32}
      // Elf64_Vernaux {vna_hash u32, vna_flags u16, vna_other u16, vna_name u32, vna_next u32}
      for (let need = 0, guard = 0; need < needs.length && guard < 1000; guard++) {
        const count = needs.readUInt16LE(need + 2)
        let aux = need + needs.readUInt32LE(need + 8)
        for (let j = 0; j < count; j++) {
          const match = /^GLIBC_2\.(\d+)/.exec(nameAt(needs.readUInt32LE(aux + 8)))
          if (match) highest = Math.max(highest ?? 0, Number(match[1]))
          aux += needs.readUInt32LE(aux + 12)
        }
        const next = needs.readUInt32LE(need + 12)
        if (next === 0) break
        need += next
      }
    }
    return highest
  }

  let glibcMinor: number | undefined
  try {
    glibcMinor = neededGlibcMinor()
  } catch {
    glibcMinor = undefined
  }
  return glibcMinor === undefined ? { machine } : { machine, glibcMinor }
}
