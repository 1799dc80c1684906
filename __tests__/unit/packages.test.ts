import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { listPackages } from '../../src/package/packages.js'

let work: string
beforeEach(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'packages-test-'))
})
afterEach(async () => {
  await rm(work, { recursive: true, force: true })
})

async function makeTree(root: string, files: Record<string, string>) {
  for (const [name, content] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(root, name)), { recursive: true })
    await writeFile(path.join(root, name), content)
  }
}

const bytes = (n: number) => 'x'.repeat(n)

describe('listPackages', () => {
  it('groups a site-packages layer by distribution using RECORD and METADATA', async () => {
    const site = 'python/lib/python3.12/site-packages'
    const record = [
      'requests/__init__.py,sha256=abc,100',
      'requests/api.py,sha256=abc,300',
      '"requests/odd,name.py",sha256=abc,50',
      'requests-2.32.3.dist-info/METADATA,,',
      'requests-2.32.3.dist-info/RECORD,,',
      '../../../bin/normalizer,sha256=abc,10',
    ].join('\n')
    const dateutilRecord = 'dateutil/parser.py,,\npython_dateutil-2.9.0.dist-info/RECORD,,\n'
    const metadata = 'Metadata-Version: 2.1\nName: requests\nVersion: 2.32.3\n\nName: not-this-one\n'
    await makeTree(path.join(work, 'layer'), {
      [`${site}/requests/__init__.py`]: bytes(100),
      [`${site}/requests/api.py`]: bytes(300),
      [`${site}/requests/odd,name.py`]: bytes(50),
      [`${site}/requests-2.32.3.dist-info/METADATA`]: metadata,
      [`${site}/requests-2.32.3.dist-info/RECORD`]: record,
      // A distribution whose import name differs and which has no METADATA: name and version from the folder.
      [`${site}/dateutil/parser.py`]: bytes(700),
      [`${site}/python_dateutil-2.9.0.dist-info/RECORD`]: dateutilRecord,
      // No dist-info at all: grouped by its top-level folder or file.
      [`${site}/vendored/a.py`]: bytes(40),
      [`${site}/vendored/sub/b.py`]: bytes(60),
      [`${site}/single_module.py`]: bytes(5),
    })

    const packages = await listPackages(path.join(work, 'layer'))

    const recordSize = Buffer.byteLength(record)
    expect(packages).toEqual([
      { name: 'python_dateutil', version: '2.9.0', size: 700 + dateutilRecord.length },
      { name: 'requests', version: '2.32.3', size: 450 + metadata.length + recordSize },
      { name: 'vendored', size: 100 },
      { name: 'single_module.py', size: 5 },
    ])
  })

  it('handles the short python/ layout', async () => {
    await makeTree(path.join(work, 'layer'), {
      'python/six.py': bytes(30),
      'python/six-1.16.0.dist-info/RECORD': 'six.py,,\n',
      'python/yaml/__init__.py': bytes(10),
    })
    expect(await listPackages(path.join(work, 'layer'))).toEqual([
      { name: 'six', version: '1.16.0', size: 30 + 9 },
      { name: 'yaml', size: 10 },
    ])
  })

  it('groups a Node layer by package folder, counting scoped packages as one', async () => {
    await makeTree(path.join(work, 'layer'), {
      'nodejs/node_modules/lodash/package.json': JSON.stringify({ name: 'lodash', version: '4.17.21' }),
      'nodejs/node_modules/lodash/lodash.js': bytes(1000),
      'nodejs/node_modules/lodash/node_modules/nested/index.js': bytes(200), // counts towards lodash
      'nodejs/node_modules/@aws-sdk/client-s3/package.json': JSON.stringify({ version: '3.1.0' }),
      'nodejs/node_modules/@aws-sdk/client-s3/dist/index.js': bytes(500),
      'nodejs/node_modules/@aws-sdk/types/package.json': '{"version":"3.0.0"}',
      'nodejs/node_modules/no-version/index.js': bytes(20),
      'nodejs/node20/node_modules/uuid/package.json': '{"version":"9.0.1"}',
      'nodejs/node20/node_modules/uuid/index.js': bytes(300),
      'nodejs/package.json': '{}',
    })
    const lodashManifest = JSON.stringify({ name: 'lodash', version: '4.17.21' }).length
    const s3Manifest = JSON.stringify({ version: '3.1.0' }).length

    expect(await listPackages(path.join(work, 'layer'))).toEqual([
      { name: 'lodash', version: '4.17.21', size: 1200 + lodashManifest },
      { name: '@aws-sdk/client-s3', version: '3.1.0', size: 500 + s3Manifest },
      { name: 'uuid', version: '9.0.1', size: 300 + 19 },
      { name: 'no-version', size: 20 },
      { name: '@aws-sdk/types', version: '3.0.0', size: 19 },
      { name: 'nodejs', size: 2 },
    ])
  })

  it('groups anything else by its top-level path', async () => {
    await makeTree(path.join(work, 'layer'), {
      bootstrap: bytes(4000),
      'bin/tool': bytes(100),
      'bin/other': bytes(100),
      'lib/libfoo.so': bytes(200),
    })
    expect(await listPackages(path.join(work, 'layer'))).toEqual([
      { name: 'bootstrap', size: 4000 },
      { name: 'bin', size: 200 },
      { name: 'lib', size: 200 },
    ])
  })
})
