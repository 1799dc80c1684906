import { createAwsClients, type AwsClients } from './clients.js'

/** Hands out one set of clients per region, created on first use. */
export interface AwsAccess {
  clients(region: string): AwsClients
}

export function createAwsAccess(): AwsAccess {
  const byRegion = new Map<string, AwsClients>()
  return {
    clients(region) {
      let clients = byRegion.get(region)
      if (!clients) {
        clients = createAwsClients(region)
        byRegion.set(region, clients)
      }
      return clients
    },
  }
}
