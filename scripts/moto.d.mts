export const MOTO_VERSION: string
export const venvDir: string
export function ensureMoto(): Promise<string>
export function startMoto(options?: {
  timeoutMs?: number
}): Promise<{ url: string; port: number; stop(): Promise<void> }>
export const toolsDir: string
export function ensurePythonTool(tool: { dir: string; requirement: string }): Promise<string>
