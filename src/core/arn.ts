/** `arn:aws:lambda:us-east-1:123:layer:deps:7` → `{ unversioned: '…:layer:deps', name: 'deps', version: 7 }` */
export function parseLayerArn(arn: string): { unversioned: string; name: string; version?: number } {
  const match = /^(arn:[^:]+:lambda:[^:]*:[^:]*:layer:([^:]+))(?::(\d+))?$/.exec(arn)
  if (!match) return { unversioned: arn, name: arn }
  return { unversioned: match[1], name: match[2], version: match[3] ? Number(match[3]) : undefined }
}

/** A layer version ARN without its version: `arn:aws:lambda:us-east-1:123456789012:layer:deps:7` → `…:layer:deps`. */
export function unversioned(arn: string): string {
  return parseLayerArn(arn).unversioned
}

/** The version number at the end of a layer version ARN. */
export function layerVersionNumber(layerVersionArn: string): number | undefined {
  return parseLayerArn(layerVersionArn).version
}

/** One function named in the `functions` input: by name, by full ARN, or by partial ARN (`123456789012:function:f`). */
export interface FunctionRef {
  name: string
  /** Set when a full ARN was given. */
  partition?: string
  region?: string
  /** Set when a full or partial ARN was given. */
  accountId?: string
  /** As the user wrote it. */
  given: string
}

const FUNCTION_NAME = /^[a-zA-Z0-9_-]{1,64}$/
const FUNCTION_ARN =
  /^(?:arn:(aws[a-zA-Z-]*):lambda:([a-z0-9-]+):)?(\d{12}):function:([a-zA-Z0-9_-]{1,64})(?::([^:]+))?$/

/**
 * A function name, ARN or partial ARN; `:$LATEST` is the function itself. Returns a message instead when it names
 * a published version or alias (those cannot hold their own layers) or is not a function reference at all.
 */
export function parseFunctionRef(nameOrArn: string): FunctionRef | { problem: string } {
  const given = nameOrArn.trim()
  if (FUNCTION_NAME.test(given)) return { name: given, given }
  const match = FUNCTION_ARN.exec(given)
  if (!match) {
    return {
      problem:
        'a function name (letters, digits, - and _, up to 64), a function ARN, or a partial ARN such as ' +
        '123456789012:function:my-function',
    }
  }
  const [, partition, region, accountId, name, qualifier] = match
  if (qualifier && qualifier !== '$LATEST') {
    return {
      problem:
        `an unqualified function ARN: '${qualifier}' is a version or alias, and layers belong to the function ` +
        `itself ($LATEST); to move an alias after the layer change, name the function here and the alias in ` +
        `the 'aliases' input`,
    }
  }
  return { name, partition, region, accountId, given }
}

/** `arn:aws:lambda:us-east-1:123456789012:function:orders` → its parts; undefined for anything else. */
export function parseFunctionArn(
  arn: string,
): { partition: string; region: string; accountId: string; name: string } | undefined {
  const match = /^arn:([^:]+):lambda:([^:]+):(\d{12}):function:([^:]+)/.exec(arn)
  return match ? { partition: match[1], region: match[2], accountId: match[3], name: match[4] } : undefined
}
