/**
 * Decoding the bytes of an XML document (feed, sitemap, OPML): a byte-order mark, else the
 * encoding of the XML declaration, else UTF-8. Invalid bytes become U+FFFD and are counted, so
 * that the caller can say so instead of failing the whole document.
 */
import iconv from 'iconv-lite';

export interface DecodedXml {
  text: string;
  encoding: string;
  /** How many U+FFFD replacement characters decoding introduced (0 for clean input). */
  replaced: number;
}

export function decodeXml(bytes: Buffer): DecodedXml {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return utf8(bytes.subarray(3));
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le', replaced: 0 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be', replaced: 0 };
  const head = bytes.subarray(0, 200).toString('latin1');
  const declared = /^\s*<\?xml[^>]*\bencoding\s*=\s*["']([\w.:-]+)["']/i.exec(head)?.[1]?.toLowerCase();
  if (declared && declared !== 'utf-8' && declared !== 'utf8' && iconv.encodingExists(declared)) {
    return { text: iconv.decode(bytes, declared), encoding: declared, replaced: 0 };
  }
  return utf8(bytes);
}

function utf8(bytes: Buffer): DecodedXml {
  const text = new TextDecoder('utf-8').decode(bytes);
  let replaced = 0;
  // Only count when a replacement could have happened; the scan is cheap next to parsing.
  if (text.includes('\ufffd')) {
    const original = bytes.toString('latin1').includes('\xef\xbf\xbd') ? 1 : 0;
    for (const ch of text) if (ch === '\ufffd') replaced++;
    replaced = Math.max(0, replaced - original);
  }
  return { text, encoding: 'utf-8', replaced };
}
