import { createReadStream } from 'node:fs'
import { HeadObjectCommand, PutObjectCommand, type S3Client } from '@aws-sdk/client-s3'
import type { LayerZip } from '../core/types.js'
import { httpStatusOf, isNotFound } from './retry.js'

/** Puts the zip at `key` unless an object of the same size is there already (keys are content-addressed). */
export async function uploadUnlessPresent(
  s3: S3Client,
  bucket: string,
  key: string,
  zip: LayerZip,
): Promise<void> {
  if (await objectHasSize(s3, bucket, key, zip.zipSize)) return
  await s3.send(
    new PutObjectCommand({
      Bucket: bucket,
      Key: key,
      Body: createReadStream(zip.path),
      ContentLength: zip.zipSize,
      ContentType: 'application/zip',
      // S3 checks the bytes against it, and a precomputed checksum keeps the upload a plain PUT.
      ChecksumSHA256: zip.codeSha256,
    }),
  )
}

async function objectHasSize(s3: S3Client, bucket: string, key: string, size: number): Promise<boolean> {
  try {
    const head = await s3.send(new HeadObjectCommand({ Bucket: bucket, Key: key }))
    return head.ContentLength === size
  } catch (err) {
    if (isNotFound(err) || httpStatusOf(err) === 404) return false
    throw err
  }
}
