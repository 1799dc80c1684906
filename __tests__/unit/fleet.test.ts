import { canonicalVersion, describeVersion } from '../../src/aws/layers.js'
import { permissionRequest, principalsAllowed, statementIdFor } from '../../src/aws/permissions.js'
import { planPrune } from '../../src/aws/prune.js'
import { layerUses, usersByVersion } from '../../src/aws/users.js'
import type { LayerVersion } from '../../src/core/types.js'

const LAYER = 'arn:aws:lambda:us-east-1:123456789012:layer:deps'
const FINGERPRINT = 'ab'.repeat(32)
const SHA = (c: string) => `${c.repeat(43)}=`

function version(n: number, fingerprint = FINGERPRINT, sha = SHA('A')): LayerVersion {
  return {
    layerArn: LAYER,
    layerVersionArn: `${LAYER}:${n}`,
    version: n,
    description: describeVersion({ fingerprint, codeSha256: sha }),
    codeSha256: sha,
    codeSize: 1,
    compatibleRuntimes: [],
    compatibleArchitectures: [],
  }
}

describe('canonicalVersion: concurrent publishes of the same layer settle on the first', () => {
  it('picks the lowest-numbered version with the same fingerprint and bytes', () => {
    const versions = [version(7), version(6), version(5, 'cd'.repeat(32)), version(3)]
    expect(canonicalVersion(versions, versions[0]).version).toBe(3)
    expect(canonicalVersion(versions, versions[1]).version).toBe(3)
  })

  it('does not merge versions whose bytes differ (a forced rebuild that changed the zip)', () => {
    const versions = [version(7, FINGERPRINT, SHA('B')), version(3)]
    expect(canonicalVersion(versions, versions[0]).version).toBe(7)
  })

  it('takes an older copy behind a version with other bytes for history, not a twin', () => {
    // v1 and v3 hold the same bytes; a forced rebuild published v2 with others, and a later one went back.
    const versions = [version(3), version(2, FINGERPRINT, SHA('B')), version(1)]
    expect(canonicalVersion(versions, versions[0]).version).toBe(3)
    expect(canonicalVersion(versions, versions[2]).version).toBe(1)
    const withOthers = [
      version(4),
      version(3, 'cd'.repeat(32)),
      version(2),
      version(1, FINGERPRINT, SHA('B')),
    ]
    expect(canonicalVersion(withOthers, withOthers[0]).version).toBe(2)
  })

  it('gives the same answer whichever run asks, so both runs converge', () => {
    const seenByFirst = [version(4)]
    const seenBySecond = [version(5), version(4)]
    expect(canonicalVersion(seenByFirst, seenByFirst[0]).version).toBe(4)
    expect(canonicalVersion(seenBySecond, seenBySecond[0]).version).toBe(4)
  })
})

describe('planPrune', () => {
  it('keeps the newest N, the version this run settled on, and every version in use', () => {
    const users = new Map([[2, ['legacy:1']]])
    const plan = planPrune([1, 2, 3, 4, 5, 6], 2, [3], users)
    expect(plan.remove).toEqual([1, 4])
    expect(plan.keptInUse).toEqual([{ version: 2, usedBy: ['legacy:1'] }])
  })

  it('deletes nothing when there are no more versions than N', () => {
    expect(planPrune([1, 2], 2, [], new Map())).toEqual({ remove: [], keptInUse: [] })
  })
})

describe('layer users', () => {
  const configs = [
    { FunctionName: 'orders', Version: '$LATEST', Layers: [{ Arn: `${LAYER}:3` }, { Arn: `${LAYER}x:9` }] },
    { FunctionName: 'orders', Version: '1', Layers: [{ Arn: `${LAYER}:1` }] },
    {
      FunctionName: 'payments',
      Version: '$LATEST',
      Layers: [{ Arn: 'arn:aws:lambda:us-east-1:1:layer:other:1' }],
    },
    { FunctionName: 'legacy', Layers: [{ Arn: `${LAYER}:1` }] },
  ]

  it('finds the functions and published versions that use this layer, not a layer with a longer name', () => {
    const uses = layerUses(configs, LAYER)
    expect(uses.map((u) => [u.functionName, u.qualifier, u.version])).toEqual([
      ['orders', '$LATEST', 3],
      ['orders', '1', 1],
      ['legacy', '$LATEST', 1],
    ])
    expect(usersByVersion(uses)).toEqual(
      new Map([
        [3, ['orders']],
        [1, ['orders:1', 'legacy']],
      ]),
    )
  })
})

describe('sharing', () => {
  it('grants an organization through Principal * limited by OrganizationId, and never * unless asked', () => {
    expect(permissionRequest('o-abcdefghij')).toEqual({ Principal: '*', OrganizationId: 'o-abcdefghij' })
    expect(permissionRequest('111122223333')).toEqual({
      Principal: '111122223333',
      OrganizationId: undefined,
    })
    expect(statementIdFor('o-abcdefghij')).toBe('layer-action-org-o-abcdefghij')
    expect(statementIdFor('*')).toBe('layer-action-public')
  })

  it('reads existing grants from a policy, ours by statement id and hand-made ones by what they allow', () => {
    const policy = JSON.stringify({
      Version: '2012-10-17',
      Statement: [
        { Sid: 'layer-action-account-111122223333', Effect: 'Allow', Action: 'lambda:GetLayerVersion' },
        {
          Sid: 'by-hand',
          Effect: 'Allow',
          Principal: { AWS: 'arn:aws:iam::444455556666:root' },
          Action: 'lambda:GetLayerVersion',
        },
        {
          Sid: 'org',
          Effect: 'Allow',
          Principal: '*',
          Action: 'lambda:GetLayerVersion',
          Condition: { StringEquals: { 'aws:PrincipalOrgID': 'o-abcdefghij' } },
        },
      ],
    })
    expect([...principalsAllowed(policy)].sort()).toEqual(['111122223333', '444455556666', 'o-abcdefghij'])
    expect(principalsAllowed(undefined).size).toBe(0)
  })
})
