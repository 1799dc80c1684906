import type { SSMClient } from '@aws-sdk/client-ssm'
import { awsErrorName } from './retry.js'

// The SSM SDK is loaded only by runs that use it (see clients.ts): its commands are imported on use, too.
const sdk = () => import('@aws-sdk/client-ssm')

/** The parameter's value, or undefined when it does not exist. */
export async function readParameter(ssm: SSMClient, name: string): Promise<string | undefined> {
  const { GetParameterCommand } = await sdk()
  try {
    return (await ssm.send(new GetParameterCommand({ Name: name }))).Parameter?.Value
  } catch (err) {
    if (awsErrorName(err) === 'ParameterNotFound') return undefined
    throw err
  }
}

/** Writes `value` to the String parameter, creating or overwriting it. */
export async function writeParameter(
  ssm: SSMClient,
  name: string,
  value: string,
  description: string,
): Promise<void> {
  const { PutParameterCommand } = await sdk()
  await ssm.send(
    new PutParameterCommand({
      Name: name,
      Value: value,
      Type: 'String',
      Overwrite: true,
      Description: description,
    }),
  )
}
