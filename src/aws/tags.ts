import { ListTagsCommand, type LambdaClient } from '@aws-sdk/client-lambda'

/** The tag CloudFormation (and so SAM and CDK) puts on every function of a stack. */
export const STACK_TAG = 'aws:cloudformation:stack-name'

/** The name of the CloudFormation stack that manages the function, if it carries the stack's tag. */
export async function stackOf(lambda: LambdaClient, functionArn: string): Promise<string | undefined> {
  const tags = (await lambda.send(new ListTagsCommand({ Resource: functionArn }))).Tags ?? {}
  return tags[STACK_TAG]
}
