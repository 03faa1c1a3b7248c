/**
 * Decoding the bytes of an HTML page, as a browser would: a byte-order mark wins, then a
 * `<meta charset>` or `http-equiv` declaration (or an XML declaration) in the first 4 KiB; without
 * one, valid UTF-8 is UTF-8 and anything else windows-1252. A declaration that the bytes
 * contradict (declared UTF-8 but invalid, or declared a legacy charset while the bytes are valid,
 * non-ASCII UTF-8) is overruled, with a diagnostic.
 */
import { isUtf8 } from 'node:buffer';
import iconv from 'iconv-lite';
import type { Diagnostic } from '../../types.js';

export interface DecodedHtml {
  html: string;
  charset: string;
  /** What decided the charset: `bom`, `meta`, `http-equiv`, `xml`, `utf8-valid`, `fallback`, `header`. */
  source: string;
  diagnostics: Diagnostic[];
}

/** Labels browsers treat as another charset (WHATWG Encoding). */
const ALIASES: Record<string, string> = {
  'iso-8859-1': 'windows-1252',
  'latin1': 'windows-1252',
  'ascii': 'windows-1252',
  'us-ascii': 'windows-1252',
  'iso-8859-9': 'windows-1254',
  'x-sjis': 'shift_jis',
  'sjis': 'shift_jis',
  'gb2312': 'gb18030',
  'gbk': 'gb18030',
  'x-gbk': 'gb18030',
  'ks_c_5601-1987': 'euc-kr',
  'utf8': 'utf-8',
  'unicode': 'utf-8',
  'x-user-defined': 'windows-1252',
};

/** The canonical name of a charset label, or null when no decoder knows it. */
export function normaliseCharset(label: string): string | null {
  const name = label.trim().toLowerCase().replace(/^["']|["']$/g, '');
  if (name === '') return null;
  const canonical = ALIASES[name] ?? name;
  if (canonical === 'utf-8' || canonical === 'utf-16le' || canonical === 'utf-16be') return canonical;
  if (canonical === 'utf-16') return 'utf-16le';
  return iconv.encodingExists(canonical) ? canonical : null;
}

const PRESCAN_BYTES = 4096;

/** The charset declared in the first bytes of the page, or null. */
export function sniffDeclaredCharset(bytes: Buffer): { label: string; source: 'meta' | 'http-equiv' | 'xml' } | null {
  const head = bytes.subarray(0, PRESCAN_BYTES).toString('latin1');
  const xml = /^\s*<\?xml[^>]*\bencoding\s*=\s*["']?([\w.:-]+)/i.exec(head);
  const metaRe = /<meta\b([^>]*)>/gi;
  for (let m = metaRe.exec(head); m !== null; m = metaRe.exec(head)) {
    const attrs = m[1]!;
    const direct = /\bcharset\s*=\s*["']?\s*([\w.:-]+)/i.exec(attrs);
    if (direct && !/http-equiv/i.test(attrs)) return { label: direct[1]!, source: 'meta' };
    if (/http-equiv\s*=\s*["']?content-type/i.test(attrs)) {
      const content = /\bcontent\s*=\s*(["'])(.*?)\1/i.exec(attrs)?.[2] ?? /\bcontent\s*=\s*([^\s>]+)/i.exec(attrs)?.[1] ?? '';
      const cs = /charset\s*=\s*["']?([\w.:-]+)/i.exec(content);
      if (cs) return { label: cs[1]!, source: 'http-equiv' };
    }
    if (direct) return { label: direct[1]!, source: 'meta' };
  }
  if (xml) return { label: xml[1]!, source: 'xml' };
  return null;
}

/** True when `bytes` are valid UTF-8 (a character cut at the very end still counts as valid). */
export function validUtf8(bytes: Buffer): boolean {
  if (isUtf8(bytes)) return true;
  // A page truncated mid-character: drop up to 3 trailing bytes of an incomplete sequence.
  let end = bytes.length;
  for (let k = 0; k < 3 && end > 0 && (bytes[end - 1]! & 0xc0) === 0x80; k++) end--;
  if (end > 0 && bytes[end - 1]! >= 0xc0) end--;
  return end < bytes.length && isUtf8(bytes.subarray(0, end));
}

/**
 * True when the bytes hold many well-formed multi-byte UTF-8 sequences and few bytes that fit
 * none (at least 20 sequences, and 20 times as many sequences as stray bytes): UTF-8 text with
 * some damage, not a single-byte charset, whose non-ASCII letters would nearly all be stray.
 */
export function mostlyUtf8(bytes: Buffer): boolean {
  let valid = 0;
  let invalid = 0;
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    const length = b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    let ok = length > 0 && i + length <= bytes.length;
    for (let k = 1; ok && k < length; k++) if ((bytes[i + k]! & 0xc0) !== 0x80) ok = false;
    if (ok) {
      valid++;
      i += length;
    } else {
      invalid++;
      i++;
    }
  }
  return valid >= 20 && valid >= invalid * 20;
}

/** True when any byte is outside ASCII. */
function hasNonAscii(bytes: Buffer): boolean {
  for (let i = 0; i < bytes.length; i++) if (bytes[i]! >= 0x80) return true;
  return false;
}

function decodeWith(bytes: Buffer, charset: string): string {
  // Buffer#toString is several times faster than TextDecoder on large pages.
  if (charset === 'utf-8') return bytes.toString('utf8');
  if (charset === 'utf-16le' || charset === 'utf-16be') return new TextDecoder(charset).decode(bytes);
  return iconv.decode(bytes, charset);
}

/**
 * Decodes an HTML page. `headerCharset` is the charset of an HTTP `Content-Type` header when the
 * caller has one; it ranks after a BOM and before the page's own declaration, as in browsers.
 */
export function decodeHtml(bytes: Buffer, headerCharset?: string): DecodedHtml {
  const diagnostics: Diagnostic[] = [];
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { html: bytes.subarray(3).toString('utf8'), charset: 'utf-8', source: 'bom', diagnostics };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { html: new TextDecoder('utf-16le').decode(bytes.subarray(2)), charset: 'utf-16le', source: 'bom', diagnostics };
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { html: new TextDecoder('utf-16be').decode(bytes.subarray(2)), charset: 'utf-16be', source: 'bom', diagnostics };
  }
  let declared: { charset: string; source: string } | null = null;
  const candidates: Array<{ label: string; source: string }> = [];
  if (headerCharset) candidates.push({ label: headerCharset, source: 'header' });
  const sniffed = sniffDeclaredCharset(bytes);
  if (sniffed) candidates.push(sniffed);
  for (const c of candidates) {
    const charset = normaliseCharset(c.label);
    if (charset === null) {
      diagnostics.push({ reason: `unknown charset "${c.label}" declared (${c.source}); ignored`, severity: 'warning', rule: 'html/charset/unknown' });
      continue;
    }
    // A page served as UTF-16 but declaring it in ASCII bytes is really ASCII-compatible.
    declared = { charset: charset.startsWith('utf-16') ? 'utf-8' : charset, source: c.source };
    break;
  }
  const utf8 = validUtf8(bytes);
  if (declared !== null) {
    if (declared.charset === 'utf-8' && !utf8 && mostlyUtf8(bytes)) {
      // A UTF-8 page with a few broken bytes (a pasted snippet, a cut character) stays UTF-8, as
      // browsers read it: decoding all of it as windows-1252 would garble every other letter.
      diagnostics.push({ reason: 'declared UTF-8 with a few invalid byte sequences; decoded as UTF-8 with replacement characters', severity: 'warning', rule: 'html/charset/invalid-bytes' });
      return { html: decodeWith(bytes, 'utf-8'), charset: 'utf-8', source: declared.source, diagnostics };
    }
    if (declared.charset === 'utf-8' && !utf8) {
      diagnostics.push({ reason: 'declared UTF-8 but the bytes are not valid UTF-8; decoded as windows-1252', severity: 'warning', rule: 'html/charset/declared-mismatch' });
      return { html: decodeWith(bytes, 'windows-1252'), charset: 'windows-1252', source: 'fallback', diagnostics };
    }
    if (declared.charset !== 'utf-8' && isSingleByte(declared.charset) && utf8 && hasNonAscii(bytes)) {
      diagnostics.push({
        reason: `declared ${declared.charset} but the bytes are valid UTF-8; decoded as UTF-8`,
        severity: 'warning',
        rule: 'html/charset/declared-mismatch',
      });
      return { html: decodeWith(bytes, 'utf-8'), charset: 'utf-8', source: 'utf8-valid', diagnostics };
    }
    return { html: decodeWith(bytes, declared.charset), charset: declared.charset, source: declared.source, diagnostics };
  }
  if (utf8) return { html: decodeWith(bytes, 'utf-8'), charset: 'utf-8', source: 'utf8-valid', diagnostics };
  diagnostics.push({ reason: 'no charset declared and the bytes are not UTF-8; decoded as windows-1252', severity: 'info', rule: 'html/charset/fallback' });
  return { html: decodeWith(bytes, 'windows-1252'), charset: 'windows-1252', source: 'fallback', diagnostics };
}

/**
 * Single-byte charsets: valid multi-byte UTF-8 in them is almost always a mislabelled UTF-8
 * page. Multi-byte legacy charsets (Shift_JIS, EUC-KR, GB18030) can form valid UTF-8 by chance
 * less often, but we keep to their declaration.
 */
function isSingleByte(charset: string): boolean {
  return /^(windows-125\d|iso-8859-\d+|koi8-[ru]|macintosh|cp\d+|ibm\d+)$/.test(charset);
}
