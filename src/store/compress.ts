/**
 * Compression of the blobs the store keeps (raw pages, analysis records). Brotli at a middle
 * quality: about a fifth of the size of the text at a few hundred MB/s, so that storing the raw
 * page costs less than analysing it.
 */
import { brotliCompressSync, brotliDecompressSync, constants, gunzipSync } from 'node:zlib';

export type BlobEncoding = 'br' | 'gzip' | 'identity';

const BROTLI_OPTIONS = {
  params: {
    [constants.BROTLI_PARAM_QUALITY]: 5,
    [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
  },
};

export function compress(bytes: Buffer | string): Buffer {
  return brotliCompressSync(typeof bytes === 'string' ? Buffer.from(bytes) : bytes, BROTLI_OPTIONS);
}

export function decompress(bytes: Buffer, encoding: BlobEncoding = 'br'): Buffer {
  if (encoding === 'br') return brotliDecompressSync(bytes);
  if (encoding === 'gzip') return gunzipSync(bytes);
  return bytes;
}
