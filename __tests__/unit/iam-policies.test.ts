// The IAM documents in docs/iam/ and the README are what users paste into AWS: they must parse, stay scoped, and grant
// every AWS call the action makes (a call added without its permission fails only in a user's account).
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..')
const iamDir = path.join(root, 'docs', 'iam')

interface Statement {
  Sid?: string
  Effect: string
  Action: string | string[]
  Resource?: string | string[]
  Principal?: unknown
  Condition?: Record<string, Record<string, string>>
}
interface PolicyDocument {
  Version: string
  Statement: Statement[]
}

const list = (value: string | string[] | undefined) => ([] as string[]).concat(value ?? [])
const readPolicy = (name: string) =>
  JSON.parse(readFileSync(path.join(iamDir, name), 'utf8')) as PolicyDocument

/** Each SDK command (or waiter) the source sends, as the IAM action that authorises it. */
function actionsUsedBySource(): Set<string> {
  const special: Record<string, string> = {
    'lambda:Invoke': 'lambda:InvokeFunction',
    'lambda:InvokeWithResponseStream': 'lambda:InvokeFunction',
    's3:HeadObject': 's3:GetObject',
    'lambda:waitUntilFunctionUpdatedV2': 'lambda:GetFunction',
    'lambda:waitUntilFunctionActiveV2': 'lambda:GetFunction',
    'lambda:waitUntilFunctionUpdated': 'lambda:GetFunctionConfiguration',
    'lambda:waitUntilFunctionActive': 'lambda:GetFunctionConfiguration',
    'lambda:waitUntilPublishedVersionActive': 'lambda:GetFunctionConfiguration',
  }
  const actions = new Set<string>()
  const visit = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name)
      if (entry.isDirectory()) visit(full)
      else if (entry.name.endsWith('.ts')) {
        const source = readFileSync(full, 'utf8')
        for (const [, imported, destructured, client] of source.matchAll(
          // static imports, and `const { XCommand } = await import('@aws-sdk/client-x')` (lazily loaded clients)
          /(?:import\s*\{([^}]*)\}\s*from|\{([^}]*)\}\s*=\s*await\s+import\()\s*'@aws-sdk\/client-([a-z0-9-]+)'/g,
        )) {
          for (const raw of (imported ?? destructured).split(',')) {
            const name = raw.trim()
            if (name.startsWith('type ') || !name) continue
            const command = /^(\w+)Command$/.exec(name)?.[1]
            const key = `${client}:${command ?? name}`
            if (command || name.startsWith('waitUntil')) actions.add(special[key] ?? key)
          }
        }
      }
    }
  }
  visit(path.join(root, 'src'))
  return actions
}

describe('IAM documents', () => {
  const files = readdirSync(iamDir).filter((f) => f.endsWith('.json'))

  it.each(files)('%s is a well-formed policy with alphanumeric statement ids', (file) => {
    const policy = readPolicy(file)
    expect(policy.Version).toBe('2012-10-17')
    expect(policy.Statement.length).toBeGreaterThan(0)
    for (const statement of policy.Statement) {
      expect(statement.Sid).toMatch(/^[A-Za-z0-9]+$/)
      expect(statement.Effect).toBe('Allow')
      expect(list(statement.Action).length).toBeGreaterThan(0)
      for (const action of list(statement.Action)) expect(action).not.toMatch(/\*/)
    }
  })

  it('trust policies admit one repository: pushes to main, or pull requests', () => {
    const sub = (file: string) => {
      const [statement] = readPolicy(file).Statement
      expect(list(statement.Action)).toEqual(['sts:AssumeRoleWithWebIdentity'])
      const equals = statement.Condition?.StringEquals ?? {}
      expect(equals['token.actions.githubusercontent.com:aud']).toBe('sts.amazonaws.com')
      return equals['token.actions.githubusercontent.com:sub']
    }
    expect(sub('trust-apply.json')).toBe('repo:ORG/REPO:ref:refs/heads/main')
    expect(sub('trust-plan.json')).toBe('repo:ORG/REPO:pull_request')
  })

  it('the apply policy grants every AWS call in src/, and only ListFunctions on every resource', () => {
    const policy = readPolicy('apply-policy.json')
    const granted = new Set(policy.Statement.flatMap((s) => list(s.Action)))
    const used = actionsUsedBySource()
    expect(used.size).toBeGreaterThan(5)
    expect([...used].filter((action) => !granted.has(action))).toEqual([])
    for (const statement of policy.Statement) {
      if (list(statement.Resource).includes('*'))
        expect(list(statement.Action)).toEqual(['lambda:ListFunctions'])
    }
  })

  it('the plan policy only reads', () => {
    const actions = readPolicy('plan-policy.json').Statement.flatMap((s) => list(s.Action))
    for (const action of actions) expect(action).toMatch(/^lambda:(Get|List)/)
  })

  it("the README's JSON blocks parse, and its core policy is the apply policy's core statements", () => {
    const readme = readFileSync(path.join(root, 'README.md'), 'utf8')
    const blocks = [...readme.matchAll(/```json\n([\s\S]*?)```/g)].map(
      (m) => JSON.parse(m[1]) as PolicyDocument,
    )
    expect(blocks.length).toBeGreaterThanOrEqual(2)
    const core = readPolicy('apply-policy.json').Statement.filter((s) => s.Sid?.startsWith('Core'))
    const inReadme = blocks.find((b) => b.Statement?.some((s) => s.Sid === 'CoreLayer'))
    expect(inReadme?.Statement).toEqual(core)
    const trust = blocks.find((b) => b.Statement?.some((s) => s.Sid === 'PushesToMainOfOneRepository'))
    expect(trust).toEqual(readPolicy('trust-apply.json'))
  })
})
