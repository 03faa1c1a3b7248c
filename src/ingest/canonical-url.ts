/**
 * The canonical form of an article URL, the identity of an article in the store: the same story
 * reached through a tracking link, with a fragment or with reordered query parameters is one
 * article. Returns null for a string that is not an absolute http(s) URL.
 */

/** Query parameters that identify a campaign or a click, never the article. */
const TRACKING = /^(utm_\w+|fbclid|gclid|dclid|msclkid|mc_cid|mc_eid|igshid|yclid|_ga|_gl|ocid|cmpid|ito|src|ref|ref_src|referrer|smid|sr_share|share|at_medium|at_campaign)$/i;

export function canonicalUrl(input: string): string | null {
  let url: URL;
  try {
    url = new URL(input.trim());
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  url.hash = '';
  url.username = '';
  url.password = '';
  // URL already lower-cases the host and drops default ports.
  const kept = [...url.searchParams].filter(([name]) => !TRACKING.test(name));
  kept.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  url.search = '';
  for (const [name, value] of kept) url.searchParams.append(name, value);
  // "/a/" and "/a" are the same page on nearly every news site; the root keeps its slash.
  if (url.pathname.length > 1 && url.pathname.endsWith('/')) url.pathname = url.pathname.replace(/\/+$/, '');
  return url.href;
}
