/** Lambda's limits that the action checks before it writes anything (see REFERENCE.md). */

/** Layers one function may have. */
export const MAX_LAYERS = 5

/** A function plus all its layers, unzipped: "250 MB" as AWS labels it. */
export const MAX_UNZIPPED_BYTES = 262_144_000

/** Largest zip accepted in the request itself; above it the zip goes through S3. */
export const DIRECT_UPLOAD_LIMIT = 52_428_800

/** A layer version's description, the only metadata a layer version can carry. */
export const DESCRIPTION_LIMIT = 256
