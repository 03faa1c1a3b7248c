/**
 * Decoding the bytes of an HTML page, as a browser would: a byte-order mark wins, then a
 * `<meta charset>` or `http-equiv` declaration (or an XML declaration) in the first 4 KiB; without
 * one, valid UTF-8 is UTF-8 and anything else windows-1252. A declaration that the bytes
 * contradict (declared UTF-8 but invalid, or declared a legacy charset while the bytes are valid,
 * non-ASCII UTF-8) is overruled, with a diagnostic.
 */
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

/** True when `bytes` are valid UTF-8; `nonAscii` says whether any multi-byte sequence occurs. */
export function checkUtf8(bytes: Buffer): { valid: boolean; nonAscii: boolean } {
  let nonAscii = false;
  const n = bytes.length;
  let i = 0;
  while (i < n) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    nonAscii = true;
    let need: number;
    if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b >= 0xe0 && b <= 0xef) need = 2;
    else if (b >= 0xf0 && b <= 0xf4) need = 3;
    else return { valid: false, nonAscii };
    // A page cut mid-character at its very end is still UTF-8.
    if (i + need >= n) return { valid: true, nonAscii };
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k]!;
      if (c < 0x80 || c > 0xbf) return { valid: false, nonAscii };
    }
    i += need + 1;
  }
  return { valid: true, nonAscii };
}

function decodeWith(bytes: Buffer, charset: string): string {
  if (charset === 'utf-8') return new TextDecoder('utf-8').decode(bytes);
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
    return { html: new TextDecoder('utf-8').decode(bytes.subarray(3)), charset: 'utf-8', source: 'bom', diagnostics };
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
  const utf8 = checkUtf8(bytes);
  if (declared !== null) {
    if (declared.charset === 'utf-8' && !utf8.valid) {
      diagnostics.push({ reason: 'declared UTF-8 but the bytes are not valid UTF-8; decoded as windows-1252', severity: 'warning', rule: 'html/charset/declared-mismatch' });
      return { html: decodeWith(bytes, 'windows-1252'), charset: 'windows-1252', source: 'fallback', diagnostics };
    }
    if (declared.charset !== 'utf-8' && utf8.valid && utf8.nonAscii && isSingleByte(declared.charset)) {
      diagnostics.push({
        reason: `declared ${declared.charset} but the bytes are valid UTF-8; decoded as UTF-8`,
        severity: 'warning',
        rule: 'html/charset/declared-mismatch',
      });
      return { html: decodeWith(bytes, 'utf-8'), charset: 'utf-8', source: 'utf8-valid', diagnostics };
    }
    return { html: decodeWith(bytes, declared.charset), charset: declared.charset, source: declared.source, diagnostics };
  }
  if (utf8.valid) return { html: decodeWith(bytes, 'utf-8'), charset: 'utf-8', source: 'utf8-valid', diagnostics };
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
