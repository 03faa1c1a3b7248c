/**
 * The content hash that decides whether an article changed: SHA-256 of its analysed text with
 * whitespace runs collapsed, so that re-wrapped lines or a trailing newline are not a new version.
 */
import { createHash } from 'node:crypto';

export function contentHash(text: string): string {
  const normalised = text.replace(/\s+/g, ' ').trim();
  return createHash('sha256').update(normalised).digest('hex');
}

/** SHA-256 of raw bytes (a page as fetched), for skipping unchanged pages before extraction. */
export function rawHash(bytes: Buffer | string): string {
  return createHash('sha256').update(bytes).digest('hex');
}
