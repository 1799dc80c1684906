import * as core from '@actions/core'
import { randomBytes } from 'node:crypto'
import { cp, mkdir, readdir, rename, rm, stat } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { errorMessage } from '../core/errors.js'

/**
 * Where built layer zips are kept between runs. The cache only saves time: AWS stays the source of truth.
 *
 * Selection, from the environment:
 * - `LAYER_ACTION_CACHE_DIR=off` (or `none`, `false`, `0`): no cache at all.
 * - `LAYER_ACTION_CACHE_DIR=<path>`: a local folder cache there, also on Actions (useful on self-hosted runners
 *   with a persistent disk).
 * - otherwise on GitHub Actions (the runner sets ACTIONS_RESULTS_URL / ACTIONS_CACHE_URL): the Actions cache.
 * - otherwise a local folder cache in `<XDG_CACHE_HOME, %LOCALAPPDATA% or ~/.cache>/layer-action`.
 */
export interface LayerCache {
  readonly kind: 'actions' | 'local' | 'none'
  /** Restores the cached files for `key` into `dir` (a folder owned by the action, same path every run for a given key). true on hit. Never throws: a failing service becomes a warning and false. */
  restore(key: string, dir: string): Promise<boolean>
  /** Saves `dir` under `key`. Never throws: a failure (or key already saved) is a warning/debug and returns false. */
  save(key: string, dir: string): Promise<boolean>
  /** true when an entry exists, without downloading (lookupOnly). */
  has(key: string, dir: string): Promise<boolean>
}

export const CACHE_DIR_ENV = 'LAYER_ACTION_CACHE_DIR'
const DISABLED = new Set(['off', 'none', 'false', '0', 'no'])

export function cacheKey(layerName: string, fingerprint: string): string {
  // Keys become folder names in the local cache and must not contain commas for the Actions cache.
  return `layer-action-${layerName}-${fingerprint}`.replace(/[^A-Za-z0-9._-]/g, '_')
}

export function createLayerCache(
  env: NodeJS.ProcessEnv,
  warn: (msg: string) => void,
  localDir?: string,
): LayerCache {
  const setting = env[CACHE_DIR_ENV]?.trim()
  if (setting && DISABLED.has(setting.toLowerCase())) return noCache
  if (setting) return localCache(path.resolve(setting), warn)
  if (actionsCacheAvailable(env)) return actionsCacheOf(warn)
  return localCache(localDir ?? defaultLocalDir(env), warn)
}

const noCache: LayerCache = {
  kind: 'none',
  restore: async () => false,
  save: async () => false,
  has: async () => false,
}

/**
 * Mirrors `isFeatureAvailable()` of @actions/cache, which reads `process.env` only. A loopback
 * GITHUB_SERVER_URL counts as GitHub Enterprise Server there, which has no v2 service.
 */
function actionsCacheAvailable(env: NodeJS.ProcessEnv): boolean {
  const serverUrl = env.GITHUB_SERVER_URL || 'https://github.com'
  if (!URL.canParse(serverUrl)) return false // the library would throw on every call
  const host = new URL(serverUrl).hostname.toLowerCase()
  const ghes = host !== 'github.com' && !host.endsWith('.ghe.com') && !host.endsWith('.localhost')
  return !ghes && env.ACTIONS_CACHE_SERVICE_V2 ? !!env.ACTIONS_RESULTS_URL : !!env.ACTIONS_CACHE_URL
}

function defaultLocalDir(env: NodeJS.ProcessEnv): string {
  const base =
    env.XDG_CACHE_HOME ||
    (process.platform === 'win32' && env.LOCALAPPDATA) ||
    path.join(env.HOME || os.homedir(), '.cache')
  return path.join(base, 'layer-action')
}

/**
 * @actions/cache (with the Azure storage SDK behind it) is the heaviest part of the bundle, and a run whose layer is
 * already published never touches the cache: it is loaded on first use, as a separate chunk of the bundle.
 */
function loadActionsCache(): Promise<typeof import('@actions/cache')> {
  return import('@actions/cache')
}

/**
 * @actions/cache logs its own failures through @actions/core (a warning for a failed restore, info for a
 * refused reservation, which is also what an existing key gets) and returns a miss; `warn` is for what it throws.
 */
function actionsCacheOf(warn: (msg: string) => void): LayerCache {
  const lookup = async (key: string, dir: string, lookupOnly: boolean): Promise<boolean> => {
    try {
      const actionsCache = await loadActionsCache()
      const matched = await actionsCache.restoreCache([dir], key, [], { lookupOnly })
      return matched === key
    } catch (err) {
      warn(`Layer cache: could not read ${key}: ${errorMessage(err)}`)
      return false
    }
  }
  return {
    kind: 'actions',
    has: (key, dir) => lookup(key, dir, true),
    async restore(key, dir) {
      if (!(await lookup(key, dir, false))) return false
      // The archive holds paths relative to GITHUB_WORKSPACE (or the cwd): a different one restores elsewhere.
      if (await isNonEmptyDir(dir)) return true
      warn(`Layer cache: entry ${key} was restored, but not into ${dir}; building instead`)
      return false
    },
    async save(key, dir) {
      try {
        const actionsCache = await loadActionsCache()
        const id = await actionsCache.saveCache([dir], key)
        if (id === -1) core.debug(`Layer cache: ${key} not saved (already saved, or the service refused it)`)
        return id !== -1
      } catch (err) {
        warn(`Layer cache: could not save ${key}: ${errorMessage(err)}`)
        return false
      }
    },
  }
}

function localCache(root: string, warn: (msg: string) => void): LayerCache {
  const entryDir = (key: string): string => {
    if (!/^[A-Za-z0-9._-]+$/.test(key) || key.startsWith('.')) throw new Error(`unsafe cache key ${key}`)
    return path.join(root, key)
  }
  return {
    kind: 'local',
    async has(key) {
      try {
        return await isDir(entryDir(key))
      } catch {
        return false
      }
    },
    async restore(key, dir) {
      try {
        const entry = entryDir(key)
        if (!(await isDir(entry))) return false
        await cp(entry, dir, {
          recursive: true,
          force: true,
          preserveTimestamps: true,
          verbatimSymlinks: true,
        })
        return true
      } catch (err) {
        warn(`Layer cache: could not restore ${key} from ${root}: ${errorMessage(err)}`)
        return false
      }
    },
    async save(key, dir) {
      let staging: string | undefined
      try {
        const entry = entryDir(key)
        if (await isDir(entry)) {
          core.debug(`Layer cache: ${key} is already saved in ${root}`)
          return false
        }
        await mkdir(root, { recursive: true })
        // Copy next to the entry, then rename: readers see a whole entry or none, even if we die halfway.
        staging = path.join(root, `.tmp-${key}-${randomBytes(6).toString('hex')}`)
        await cp(dir, staging, { recursive: true, preserveTimestamps: true, verbatimSymlinks: true })
        try {
          await rename(staging, entry)
        } catch (err) {
          // A concurrent run saved the same key first: its entry is as good as ours.
          if (await isDir(entry)) return false
          throw err
        }
        staging = undefined
        return true
      } catch (err) {
        warn(`Layer cache: could not save ${key} to ${root}: ${errorMessage(err)}`)
        return false
      } finally {
        if (staging) await rm(staging, { recursive: true, force: true }).catch(() => undefined)
      }
    },
  }
}

async function isDir(p: string): Promise<boolean> {
  return (await stat(p).catch(() => undefined))?.isDirectory() ?? false
}

async function isNonEmptyDir(p: string): Promise<boolean> {
  return (await isDir(p)) && (await readdir(p)).length > 0
}
