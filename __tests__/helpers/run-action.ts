// The action run as a runner runs it; the one implementation lives in scripts/lib (also used by bench/ and the demo).
export {
  BUNDLE,
  REPO_ROOT,
  runAction,
  type ActionRunResult,
  type RunActionOptions,
} from '../../scripts/lib/run-action.mjs'
