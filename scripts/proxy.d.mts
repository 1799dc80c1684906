export const PROXY_PY_VERSION: string
export function ensureProxy(): Promise<string>
export function startProxy(options?: {
  timeoutMs?: number
}): Promise<{ url: string; port: number; log(): string; stop(): Promise<void> }>
