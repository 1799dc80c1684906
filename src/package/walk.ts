import { lstatSync, readdirSync, realpathSync, statSync } from 'node:fs'
import path from 'node:path'
import { UserError } from '../core/errors.js'

// The one walk of a layer folder, with one rule for symlinks: followed only when their target stays inside the
// folder. Synchronous calls: several times cheaper per file than the async ones, and the walk has nothing to overlap
// with.

/** A regular file that goes into the layer, under its '/'-joined relative name. */
export interface LayerFile {
  name: string
  /** Real path the content is read from (a symlink inside the root is resolved to its target). */
  source: string
  size: number
  executable: boolean
}

export interface LayerTree {
  /** Sorted by name (byte order of the UTF-8 names). */
  files: LayerFile[]
  /** Directory names, each ending in '/', sorted. */
  dirs: string[]
  /** One line per entry that was left out (symlink leading outside the root, dangling, cycle, special file). */
  skipped: string[]
}

interface WalkContext {
  rootReal: string
  exclude: Set<string>
  tree: LayerTree
}

/**
 * Lists what goes into the layer. Symlinks are followed only when their resolved target stays inside `root`;
 * `exclude` holds absolute paths (the zip being written) that are left out silently.
 */
export async function walkLayer(root: string, exclude: string[] = []): Promise<LayerTree> {
  const rootReal = realLayerRoot(root)
  const ctx: WalkContext = {
    rootReal,
    exclude: new Set(exclude.map(realParentPath)),
    tree: { files: [], dirs: [], skipped: [] },
  }
  walkDirectory(ctx, rootReal, '', [rootReal])
  return {
    files: sortByName(ctx.tree.files, (file) => file.name),
    dirs: sortByName(ctx.tree.dirs, (dir) => dir),
    skipped: ctx.tree.skipped.sort(),
  }
}

function realLayerRoot(root: string): string {
  try {
    const real = realpathSync(root)
    if (statSync(real).isDirectory()) return real
  } catch {
    // reported below
  }
  throw new UserError(`The layer folder ${root} does not exist or is not a folder`)
}

function walkDirectory(ctx: WalkContext, dirReal: string, prefix: string, ancestors: string[]): void {
  for (const name of readdirSync(dirReal)) visit(ctx, path.join(dirReal, name), prefix + name, ancestors)
}

function visit(ctx: WalkContext, source: string, name: string, ancestors: string[]): void {
  if (ctx.exclude.has(source)) return
  const stats = lstatSync(source)
  if (stats.isSymbolicLink()) visitSymlink(ctx, source, name, ancestors)
  else if (stats.isDirectory()) addDirectory(ctx, source, name, ancestors)
  else if (stats.isFile()) addFile(ctx, source, name, stats.size, stats.mode)
  else ctx.tree.skipped.push(`${name}: not a regular file, directory or symlink`)
}

function visitSymlink(ctx: WalkContext, source: string, name: string, ancestors: string[]): void {
  let target: string
  try {
    target = realpathSync(source)
  } catch {
    ctx.tree.skipped.push(`${name}: dangling symlink`)
    return
  }
  if (!isInside(ctx.rootReal, target)) {
    ctx.tree.skipped.push(`${name}: symlink to ${target} points outside the layer directory`)
    return
  }
  if (ctx.exclude.has(target)) return
  const stats = statSync(target)
  if (stats.isDirectory()) {
    if (ancestors.includes(target)) ctx.tree.skipped.push(`${name}: symlink to a parent directory (cycle)`)
    else addDirectory(ctx, target, name, ancestors)
  } else if (stats.isFile()) {
    addFile(ctx, target, name, stats.size, stats.mode)
  } else {
    ctx.tree.skipped.push(`${name}: symlink to something that is not a regular file or directory`)
  }
}

function addDirectory(ctx: WalkContext, dirReal: string, name: string, ancestors: string[]): void {
  ctx.tree.dirs.push(`${name}/`)
  walkDirectory(ctx, dirReal, `${name}/`, [...ancestors, dirReal])
}

function addFile(ctx: WalkContext, source: string, name: string, size: number, mode: number): void {
  const executable = (mode & 0o111) !== 0 || name === 'bootstrap' || name.startsWith('bin/')
  ctx.tree.files.push({ name, source, size, executable })
}

function isInside(rootReal: string, candidate: string): boolean {
  const prefix = rootReal.endsWith(path.sep) ? rootReal : rootReal + path.sep
  return candidate === rootReal || candidate.startsWith(prefix)
}

function realParentPath(file: string): string {
  let parent = path.dirname(file)
  try {
    parent = realpathSync(parent)
  } catch {
    // a folder that does not exist yet cannot be inside the layer either
  }
  return path.join(parent, path.basename(file))
}

/** Sorts by the UTF-8 bytes of the name, which is what "sorted" means inside the zip. */
export function sortByName<T>(items: T[], nameOf: (item: T) => string): T[] {
  return items
    .map((item) => ({ item, key: Buffer.from(nameOf(item)) }))
    .sort((a, b) => Buffer.compare(a.key, b.key))
    .map(({ item }) => item)
}
