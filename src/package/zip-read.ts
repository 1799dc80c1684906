/** An entry of a zip archive (a wheel), as its central directory and local header give it. */
export interface ZipEntryInfo {
  name: string
  /** 0 stored, 8 deflated. */
  method: number
  crc: number
  compressedSize: number
  size: number
  /** Where the entry's data starts in the archive. */
  dataOffset: number
}

/** The entries of a zip archive held in memory (no ZIP64: wheels of a Lambda layer are far below 4 GiB). */
export function zipEntries(archive: Buffer, archiveName: string): ZipEntryInfo[] {
  const broken = (why: string) => new Error(`${archiveName} is not a readable zip archive: ${why}`)
  const end = archive.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]))
  if (end < 0 || end + 22 > archive.length) throw broken('no end of central directory')
  const count = archive.readUInt16LE(end + 10)
  let at = archive.readUInt32LE(end + 16)
  const entries: ZipEntryInfo[] = []
  for (let i = 0; i < count; i++) {
    if (at + 46 > archive.length || archive.readUInt32LE(at) !== 0x02014b50)
      throw broken('bad central directory')
    const nameLength = archive.readUInt16LE(at + 28)
    const local = archive.readUInt32LE(at + 42)
    if (local + 30 > archive.length || archive.readUInt32LE(local) !== 0x04034b50)
      throw broken('bad local header')
    const entry = {
      name: archive.toString('utf8', at + 46, at + 46 + nameLength),
      method: archive.readUInt16LE(at + 10),
      crc: archive.readUInt32LE(at + 16),
      compressedSize: archive.readUInt32LE(at + 20),
      size: archive.readUInt32LE(at + 24),
      dataOffset: local + 30 + archive.readUInt16LE(local + 26) + archive.readUInt16LE(local + 28),
    }
    if (entry.dataOffset + entry.compressedSize > archive.length)
      throw broken(`${entry.name} runs past the end`)
    entries.push(entry)
    at += 46 + nameLength + archive.readUInt16LE(at + 30) + archive.readUInt16LE(at + 32)
  }
  return entries
}
