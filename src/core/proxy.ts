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
