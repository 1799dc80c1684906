/** Binary units, labelled as AWS labels its limits (250 MB = 262,144,000 bytes); one decimal, none for whole numbers. */
export function formatBytes(bytes: number): string {
  const units = ['B', 'KB', 'MB', 'GB', 'TB']
  let value = bytes
  let unit = 0
  while (Math.abs(value) >= 1024 && unit < units.length - 1) {
    value /= 1024
    unit++
  }
  if (unit === 0) return `${Math.round(value)} B`
  // 1,048,575 bytes would round to "1024.0 KB": say "1 MB" instead.
  if (Math.abs(Number(value.toFixed(1))) >= 1024 && unit < units.length - 1) {
    value /= 1024
    unit++
  }
  return `${value.toFixed(1).replace(/\.0$/, '')} ${units[unit]}`
}
