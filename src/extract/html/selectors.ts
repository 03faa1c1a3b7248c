/**
 * The named tokens the body extractor matches against tags, `class`, `id`, `role` and
 * `itemprop`: one place to read and tune them. Each rule id below appears in the `rule` of the
 * boilerplate blocks it removes (`html/drop/<id>`).
 */
import type { BoilerplateKind } from '../../types.js';

/** Tags never part of an article body, whatever their class. */
export const DROP_TAGS: Record<string, BoilerplateKind> = {
  nav: 'navigation',
  aside: 'related',
  footer: 'navigation',
  form: 'navigation',
  button: 'navigation',
  input: 'navigation',
  label: 'navigation',
  dialog: 'advertisement',
  menu: 'navigation',
  figcaption: 'caption',
  head: 'navigation',
  video: 'caption',
  audio: 'caption',
  map: 'navigation',
};

export interface AttrRule {
  id: string;
  kind: BoilerplateKind;
  /** Matched against `class` + `id` (+ `role`, `itemprop`, `data-*` names) joined with spaces. */
  pattern: RegExp;
}

/**
 * Class/id tokens of non-body blocks, most specific first. Patterns match whole tokens or
 * token parts separated by `-`/`_` so that `share` does not match `shared-content`.
 */
export const DROP_ATTRS: readonly AttrRule[] = [
  { id: 'comments', kind: 'comment', pattern: /(?:^|[\s_-])(?:comments?|comment-list|disqus|respond|reply|discussion|kommentare?|commentaires?)(?:$|[\s_-])/i },
  { id: 'share', kind: 'share', pattern: /(?:^|[\s_-])(?:share|sharing|social|sociale?s?|addthis|sharethis|shariff|follow-us|socialmedia|social-media|print-?button|toolbar|tools|article-tools|sharebar|share-bar|teilen)(?:$|[\s_-])/i },
  { id: 'related', kind: 'related', pattern: /(?:^|[\s_-])(?:related|recommended|recommendations?|more-stories|more-articles|read-?more|see-also|also-read|popular|most-?read|most-?popular|trending|outbrain|taboola|zergnet|further-reading|next-article|prev-article|pagination|pager|tags?|tag-?list|keywords|topics|categories|breadcrumbs?|byline-list|jump-to|toc|table-of-contents|widget|sidebar|side-bar|rail|right-rail|aside)(?:$|[\s_-])/i },
  { id: 'newsletter', kind: 'promo', pattern: /(?:^|[\s_-])(?:newsletter|subscribe|subscription|signup|sign-up|paywall|piano|registration|promo|promotion|cta|call-to-action|donate|membership|app-download|inline-promo)(?:$|[\s_-])/i },
  { id: 'ads', kind: 'advertisement', pattern: /(?:^|[\s_-])(?:ad|ads|advert|adverts|advertisement|advertising|adsense|adslot|ad-slot|ad-container|ad-wrapper|dfp|gpt|sponsored|sponsor|banner|anzeige|werbung|publicite|commercial)(?:$|[\s_-])/i },
  { id: 'caption', kind: 'caption', pattern: /(?:^|[\s_-])(?:caption|credit|photo-credit|image-credit|wp-caption-text|media-caption|img-caption|figure-caption|bildunterschrift|copyright-image)(?:$|[\s_-])/i },
  // Consent dialogs and hidden blocks hold running text, and a consent dialog may hold most of a
  // page's text (long vendor lists): neither protection of `clean.ts` applies to these two.
  { id: 'consent', kind: 'navigation', pattern: /(?:^|[\s_-])(?:cookie|cookies|cookiebanner|cookie-banner|cookie-notice|cookie-consent|consent|gdpr|dsgvo|cmp|cmplz|privacy-popup|modal|popup|overlay)(?:$|[\s_-])/i },
  // `hidden-xs`, `hidden-md`: hidden on one screen size only, shown on the others.
  { id: 'hidden', kind: 'navigation', pattern: /(?:^|[\s_-])(?:hidden(?!-(?:xs|sm|md|lg|xl|xxl|s|m|l|mobile|phone|tablet|desktop|print)(?:$|[\s_-]))|visually-hidden|sr-only|screen-reader-text|offscreen)(?:$|[\s_-])/i },
  { id: 'navigation', kind: 'navigation', pattern: /(?:^|[\s_-])(?:nav|navbar|navigation|menu|masthead|header|site-header|page-header|footer|site-footer|page-footer|skip|skip-link|login|search|searchbox)(?:$|[\s_-])/i },
  { id: 'author-bio', kind: 'author-bio', pattern: /(?:^|[\s_-])(?:author-bio|author-box|about-author|author-info|authorbox|author-card|bio|contributor-bio|byline-bio)(?:$|[\s_-])/i },
  { id: 'byline', kind: 'byline', pattern: /(?:^|[\s_-])(?:byline|by-line|author|authors|writer|meta|post-meta|entry-meta|article-meta|dateline|timestamp|date|time|published|posted-on|updated)(?:$|[\s_-])/i },
];

/** Class/id tokens of the article container: they protect a block from `DROP_ATTRS`. */
export const KEEP_ATTRS = /(?:^|[\s_-])(?:article|articlebody|article-body|article-content|articletext|story|story-body|storytext|entry-content|entry|post-content|post-body|postbody|content-body|body-text|bodytext|main-content|maincontent|text|body|content|main|post|blog-post|hentry|page-content|rich-text|richtext|prose)(?:$|[\s_-])/i;

/** Positive and negative class/id tokens for container scoring (Readability's weights, extended). */
export const POSITIVE_ATTRS = /article|body|content|entry|hentry|h-entry|main|page|pagination|post|text|blog|story|artikel|beitrag|inhalt|texto|noticia|materia|contenido/i;
export const NEGATIVE_ATTRS = /-ad-|hidden|^hid$| hid$| hid |^hid |banner|combx|comment|com-|contact|foot|footer|footnote|gdpr|masthead|media|meta|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|tool|widget|nav|menu|newsletter|subscribe|social|recommend|popular|trending|cookie|breadcrumb/i;

/** Block-level text containers scored as paragraphs. */
export const PARAGRAPH_TAGS = new Set(['p', 'pre', 'td', 'blockquote', 'li', 'dd', 'h2', 'h3', 'h4', 'h5', 'h6']);

/** Visible texts of non-body lines inside the container (whole-line matches). */
export const BOILERPLATE_LINES: ReadonlyArray<{ id: string; kind: BoilerplateKind; pattern: RegExp }> = [
  { id: 'advertisement', kind: 'advertisement', pattern: /^(?:advertisement|advertising|anzeige|werbung|publicité|publicidad|pubblicità|sponsored( content)?|ad|scroll to continue|continue reading( below)?|story continues below( advertisement)?|article continues below)\W*$/i },
  { id: 'share', kind: 'share', pattern: /^(?:share( this( article| story| post)?)?|share on \w+|tweet|email|print|facebook|twitter|linkedin|whatsapp|pinterest|reddit|copy link|teilen|drucken|partager)\W*$/i },
  { id: 'related', kind: 'related', pattern: /^(?:related|related (?:articles|stories|content|coverage|posts)|read more|more from|see also|recommended|you may also like|also read|read also|lesen sie auch|mehr zum thema|weiterlesen|à lire aussi|leia também)\b.{0,80}$/i },
  { id: 'newsletter', kind: 'promo', pattern: /^(?:sign up|subscribe|get our|join our)\b.{0,120}(?:newsletter|inbox|email|updates)\W*.{0,40}$/i },
  { id: 'share-prompt', kind: 'share', pattern: /^(?:möchten sie (?:den|diesen) (?:artikel|beitrag) teilen|share this (?:article|story|post)|artikel teilen|beitrag teilen|diesen artikel teilen)\W*$/i },
  { id: 'credit', kind: 'caption', pattern: /^(?:(?:foto|fotos|bild|bilder|photo|photos|image|credit|quelle|source|grafik|illustration|video)\s*:\s*.{1,100}|[^.!?]{1,60}\s*\/\s*(?:dpa|afp|ap|reuters|getty images|imago|wenn\.com|picture alliance|shutterstock|istock)\S*)$/i },
  { id: 'dateline', kind: 'dateline', pattern: /^(?:erstellt|veröffentlicht|aktualisiert|zuletzt aktualisiert|publiziert|stand|published|updated|posted|last updated|publié|mis à jour)(?:\s+(?:am|on|le))?\s*:?\s*(?:\p{L}+,?\s+)?\d{1,2}[./\s].{0,40}$/iu },
];

/**
 * Classes of an article's lead paragraph (standfirst), often placed beside the title rather than
 * in the body container; such a block between the title and the container opens the body.
 */
export const LEAD_ATTRS = /(?:^|[\s_-])(?:lead|lede|intro|introduction|teaser|teaser-text|standfirst|summary|abstract|excerpt|subtitle|subheadline|sub-headline|dek|deck|article-lead|article-intro|article-teaser|article-summary|einleitung|vorspann)(?:$|[\s_-])/i;
