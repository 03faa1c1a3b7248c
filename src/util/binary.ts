/**
 * True when bytes are not text: a NUL byte, or many C0 control characters, in the first 8 KiB.
 * UTF-16 text with a BOM is text. Shared by the CLI input reader, the HTML extractor and ingest,
 * so that every door rejects binary data the same way.
 */
export function looksBinary(bytes: Uint8Array): boolean {
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) return false;
  const n = Math.min(bytes.length, 8192);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b === 0) return true;
    if (b < 32 && b !== 9 && b !== 10 && b !== 13 && b !== 12 && b !== 27) control++;
  }
  return control > n * 0.05;
}
