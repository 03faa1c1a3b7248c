/**
 * Quotes that web pages embed whole in a paragraph, with the speaker's name after the words and no
 * cue: an embedded post ("… pic.twitter.com/x — BC Hydro (@bchydro) December 22, 2018") and a pull
 * quote ("It's very bad for our senior population. Rod Peters, Lake Cowichan mayor").
 */
import type { Quote, Span } from '../../types.js';
import { countWords } from './tokens.js';

const POST = /^([\s\S]*?)\s*(?:pic\.twitter\.com\/\S+\s*)?[\u2014\u2013-]\s*([^\u2014\u2013()@\n]{2,60}?)\s*\(@\w+\)\s*(?:\p{L}+\.? \d{1,2}, \d{4})?\s*$/u;
const PULL = /^([\s\S]{20,}?[.!?…])\s+(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){1,5}(?:,\s[^.!?,]{2,50})?)(?<=\p{L})$/u;

/** The embedded quote that is the whole of `paragraph`, or null. */
export function embeddedQuote(text: string, paragraph: Span): Quote | null {
  const body = text.slice(paragraph.start, paragraph.end);
  const post = POST.exec(body);
  if (post !== null && countWords(body, 0, post[1]!.length) >= 3) {
    return build(paragraph.start, post[1]!, body.indexOf(post[2]!, post[1]!.length), post[2]!, 'quotes/direct/embedded-post');
  }
  const pull = PULL.exec(body);
  if (pull !== null && !/["“”«»]/.test(body) && countWords(body, 0, pull[1]!.length) >= 6) {
    return build(paragraph.start, pull[1]!, pull[1]!.length + body.slice(pull[1]!.length).search(/\S/), pull[2]!, 'quotes/direct/pull-quote');
  }
  return null;
}

function build(offset: number, words: string, speakerAt: number, speaker: string, rule: string): Quote {
  const end = offset + words.replace(/\s+$/, '').length;
  return {
    quote: { start: offset, end },
    speaker: { start: offset + speakerAt, end: offset + speakerAt + speaker.length },
    cue: null,
    kind: 'direct',
    rule,
  };
}
