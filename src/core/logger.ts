/** Where the stages write progress and warnings: the Actions log, or a terminal. */
export interface Logger {
  info(line: string): void
  warning(line: string): void
  group<T>(name: string, fn: () => Promise<T>): Promise<T>
}
