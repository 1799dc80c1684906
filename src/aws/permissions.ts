import {
  AddLayerVersionPermissionCommand,
  GetLayerVersionPolicyCommand,
  type LambdaClient,
} from '@aws-sdk/client-lambda'
import { isConflict, isNotFound } from './retry.js'

/** A `share-with` entry: a 12-digit account id, an organization id (`o-…`), or `*` (anyone). */
export type SharePrincipal = string

export interface SharingOutcome {
  /** Granted by this run. */
  granted: SharePrincipal[]
  /** The version already allowed them. */
  alreadyGranted: SharePrincipal[]
}

const ACTION = 'lambda:GetLayerVersion'

export function isOrganization(principal: SharePrincipal): boolean {
  return principal.startsWith('o-')
}

/** One statement per principal, with an id that says what it is, so a re-run finds its own grants. */
export function statementIdFor(principal: SharePrincipal): string {
  if (principal === '*') return 'layer-action-public'
  return isOrganization(principal) ? `layer-action-org-${principal}` : `layer-action-account-${principal}`
}

/** An organization is granted as Principal `*` limited by OrganizationId, as Lambda requires. */
export function permissionRequest(principal: SharePrincipal) {
  return isOrganization(principal)
    ? { Principal: '*', OrganizationId: principal }
    : { Principal: principal, OrganizationId: undefined }
}

interface Statement {
  Sid?: string
  Effect?: string
  Action?: string | string[]
  Principal?: string | { AWS?: string | string[] }
  Condition?: Record<string, Record<string, string | string[]>>
}

/**
 * The principals a layer version policy (GetLayerVersionPolicy's `Policy`, a JSON string) already allows to get
 * the version: ours are recognised by statement id, grants made by hand by what they allow.
 */
export function principalsAllowed(policy: string | undefined): Set<SharePrincipal> {
  const allowed = new Set<SharePrincipal>()
  if (!policy) return allowed
  let statements: Statement[]
  try {
    const parsed = JSON.parse(policy) as { Statement?: Statement | Statement[] }
    statements = ([] as Statement[]).concat(parsed.Statement ?? [])
  } catch {
    return allowed
  }
  for (const statement of statements) {
    const ours = /^layer-action-(?:account|org)-(.+)$/.exec(statement.Sid ?? '')
    if (ours) allowed.add(ours[1])
    if (statement.Sid === 'layer-action-public') allowed.add('*')
    if (statement.Effect !== 'Allow') continue
    const actions = ([] as string[]).concat(statement.Action ?? [])
    if (!actions.some((a) => a === ACTION || a === 'lambda:*')) continue
    const organization = organizationCondition(statement)
    for (const principal of principalIds(statement.Principal)) {
      if (principal === '*') allowed.add(organization ?? '*')
      else allowed.add(principal)
    }
  }
  return allowed
}

function organizationCondition(statement: Statement): string | undefined {
  for (const values of Object.values(statement.Condition ?? {})) {
    for (const [key, value] of Object.entries(values)) {
      if (key.toLowerCase() === 'aws:principalorgid') return ([] as string[]).concat(value)[0]
    }
  }
  return undefined
}

/** `*`, and account ids from `123456789012` or `arn:aws:iam::123456789012:root`. */
function principalIds(principal: Statement['Principal']): string[] {
  if (principal === undefined) return []
  const values = typeof principal === 'string' ? [principal] : ([] as string[]).concat(principal.AWS ?? [])
  return values.flatMap((value) => {
    if (value === '*') return ['*']
    const account = /^(?:arn:[^:]+:iam::)?(\d{12})(?::root)?$/.exec(value)?.[1]
    return account ? [account] : []
  })
}

/**
 * Makes sure each principal may get this layer version (AddLayerVersionPermission applies to one version).
 * Reads the policy first, so a version that is already shared is not written to.
 */
export async function shareLayerVersion(
  lambda: LambdaClient,
  layerName: string,
  version: number,
  principals: readonly SharePrincipal[],
): Promise<SharingOutcome> {
  const allowed = principalsAllowed(await readPolicy(lambda, layerName, version))
  const outcome: SharingOutcome = { granted: [], alreadyGranted: [] }
  for (const principal of principals) {
    if (allowed.has(principal)) {
      outcome.alreadyGranted.push(principal)
      continue
    }
    try {
      await lambda.send(
        new AddLayerVersionPermissionCommand({
          LayerName: layerName,
          VersionNumber: version,
          StatementId: statementIdFor(principal),
          Action: ACTION,
          ...permissionRequest(principal),
        }),
      )
      outcome.granted.push(principal)
    } catch (err) {
      // The statement id exists: a concurrent run for the same version granted it first.
      if (!isConflict(err)) throw err
      outcome.alreadyGranted.push(principal)
    }
  }
  return outcome
}

async function readPolicy(lambda: LambdaClient, layerName: string, version: number) {
  try {
    const answer = await lambda.send(
      new GetLayerVersionPolicyCommand({ LayerName: layerName, VersionNumber: version }),
    )
    return answer.Policy
  } catch (err) {
    if (isNotFound(err)) return undefined
    throw err
  }
}
