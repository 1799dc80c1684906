import http from 'node:http'
import https from 'node:https'
import { Agent, type AgentConnectOpts } from 'agent-base'
import { HttpsProxyAgent } from 'https-proxy-agent'
import { proxyFor } from '../core/proxy.js'

/**
 * An agent for the AWS SDK's Node handler that picks, per request, the proxy the environment names for its URL
 * (HTTPS_PROXY, HTTP_PROXY, NO_PROXY), or a direct connection. The SDK does not read these variables itself.
 * Every proxied connection is a CONNECT tunnel, as for the GitHub calls: AWS endpoints are https, and a plain-http
 * endpoint (an emulator) is tunnelled the same way.
 */
export class EnvProxyAgent extends Agent {
  private readonly direct: http.Agent
  private readonly proxied = new Map<string, http.Agent>()

  constructor(private readonly secure: boolean) {
    super({ keepAlive: true })
    this.direct = secure ? new https.Agent({ keepAlive: true }) : new http.Agent({ keepAlive: true })
  }

  connect(_req: http.ClientRequest, options: AgentConnectOpts): http.Agent {
    const url = `${this.secure ? 'https' : 'http'}://${options.host}:${options.port}/`
    const proxy = proxyFor(url)
    if (!proxy) return this.direct
    let agent = this.proxied.get(proxy)
    if (!agent) {
      agent = new HttpsProxyAgent(proxy, { keepAlive: true })
      this.proxied.set(proxy, agent)
    }
    return agent
  }

  override destroy(): void {
    this.direct.destroy()
    for (const agent of this.proxied.values()) agent.destroy()
    super.destroy()
  }
}
