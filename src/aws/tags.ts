import { ListTagsCommand, type LambdaClient } from '@aws-sdk/client-lambda'
import { awsErrorName } from './retry.js'

/** The tag CloudFormation (and so SAM and CDK) puts on every function of a stack. */
export const STACK_TAG = 'aws:cloudformation:stack-name'

/**
 * The name of the CloudFormation stack that manages the function, if it carries the stack's tag. Undefined, too,
 * when the role may not read tags (lambda:ListTags): the check is advice, not a reason to stop.
 */
export async function stackOf(lambda: LambdaClient, functionArn: string): Promise<string | undefined> {
  try {
    const tags = (await lambda.send(new ListTagsCommand({ Resource: functionArn }))).Tags ?? {}
    return tags[STACK_TAG]
  } catch (err) {
    if (awsErrorName(err) === 'AccessDeniedException') return undefined
    throw err
  }
}
