import { GetParameterCommand, PutParameterCommand, type SSMClient } from '@aws-sdk/client-ssm'
import { awsErrorName } from './retry.js'

/** The parameter's value, or undefined when it does not exist. */
export async function readParameter(ssm: SSMClient, name: string): Promise<string | undefined> {
  try {
    return (await ssm.send(new GetParameterCommand({ Name: name }))).Parameter?.Value
  } catch (err) {
    if (awsErrorName(err) === 'ParameterNotFound') return undefined
    throw err
  }
}

/** Writes `value` to the String parameter unless it already holds it; returns whether it wrote. */
export async function writeParameterIfChanged(
  ssm: SSMClient,
  name: string,
  value: string,
  description: string,
): Promise<boolean> {
  if ((await readParameter(ssm, name)) === value) return false
  await ssm.send(
    new PutParameterCommand({
      Name: name,
      Value: value,
      Type: 'String',
      Overwrite: true,
      Description: description,
    }),
  )
  return true
}
