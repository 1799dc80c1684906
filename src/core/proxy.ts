import { getProxyForUrl } from 'proxy-from-env'

/** Variables that name a proxy (either case); NO_PROXY / no_proxy lists the hosts reached directly. */
const PROXY_VARIABLES = ['https_proxy', 'http_proxy', 'all_proxy']

/** True when the environment names a proxy at all, so nothing proxy-related is loaded otherwise. */
export function proxyConfigured(env: NodeJS.ProcessEnv = process.env): boolean {
  return PROXY_VARIABLES.some((name) => Boolean(env[name] || env[name.toUpperCase()]))
}

/**
 * The proxy for `url` as curl and the runner read the environment: HTTPS_PROXY for https, HTTP_PROXY for http,
 * ALL_PROXY for both, none for a host that NO_PROXY lists (`host`, `.domain`, `host:port`, `*`).
 * undefined means a direct connection.
 */
export function proxyFor(url: string): string | undefined {
  return getProxyForUrl(url) || undefined
}

/**
 * Global fetch, or undici's through the proxy the environment names for the URL (Node's own fetch reads no proxy
 * variables). undici is loaded only when a proxy is set.
 */
export async function proxyAwareFetch(): Promise<typeof fetch> {
  if (!proxyConfigured()) return fetch
  const { fetch: undiciFetch, ProxyAgent } = await import('undici')
  const agents = new Map<string, InstanceType<typeof ProxyAgent>>()
  return ((input: string | URL | Request, init?: RequestInit) => {
    const url = input instanceof Request ? input.url : String(input)
    const proxy = proxyFor(url)
    if (!proxy) return fetch(input, init)
    let dispatcher = agents.get(proxy)
    if (!dispatcher) agents.set(proxy, (dispatcher = new ProxyAgent(proxy)))
    return undiciFetch(url, { ...(init as object), dispatcher } as Parameters<typeof undiciFetch>[1])
  }) as typeof fetch
}
