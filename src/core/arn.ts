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
