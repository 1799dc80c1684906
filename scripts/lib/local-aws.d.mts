export const LOCAL_CREDENTIALS: { accessKeyId: string; secretAccessKey: string }
export function localAwsEnv(endpoint: string, region: string): Record<string, string>
export function resetMoto(url: string): Promise<void>
export function createRole(endpoint: string, options?: { region?: string; name?: string }): Promise<string>
export const HANDLER_ZIP_FILES: Record<string, string>
export function storedZip(files: Record<string, string | Buffer>): Buffer
