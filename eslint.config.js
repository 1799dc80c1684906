import js from '@eslint/js'
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript'
import importX from 'eslint-plugin-import-x'
import tseslint from 'typescript-eslint'

// The pipeline's stages from the bottom up: each imports only from the stages before it in this list (core/ from
// nothing of the project). The hosts (action, main, cli, index) sit on top.
const FLOORS = [
  'src/core',
  'src/inputs.ts',
  'src/package',
  'src/fingerprint',
  'src/builders',
  'src/aws',
  'src/rollout',
  'src/report',
  'src/pipeline.ts',
]
const HOSTS = ['src/action.ts', 'src/main.ts', 'src/cli.ts', 'src/index.ts']
const stageZones = FLOORS.map((floor, i) => ({
  target: floor,
  from: [...FLOORS.slice(i + 1), ...HOSTS],
  message: 'a stage imports only from the stages below it and from core/ (see DESIGN.md, Architecture)',
}))

export default tseslint.config(
  {
    ignores: [
      'dist/',
      'node_modules/',
      '.tools/',
      'coverage/',
      'examples/**/target/',
      'examples/**/node_modules/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: {
        process: 'readonly',
        console: 'readonly',
        Buffer: 'readonly',
        URL: 'readonly',
        setTimeout: 'readonly',
        clearTimeout: 'readonly',
        fetch: 'readonly',
      },
    },
    rules: { '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }] },
  },
  {
    files: ['src/**/*.ts'],
    plugins: { 'import-x': importX },
    settings: {
      ...importX.flatConfigs.typescript.settings,
      'import-x/resolver-next': [createTypeScriptImportResolver()],
    },
    rules: {
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      'import-x/no-restricted-paths': ['error', { zones: stageZones }],
    },
  },
)
