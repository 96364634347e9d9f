/**
 * Title and publication date that an HTML page declares about itself: Open Graph and
 * article meta tags, Dublin Core and citation tags, JSON-LD datePublished, <time
 * datetime>, then <h1> and <title>. Declared metadata beats guessing from the text.
 */
import type { PartialDate } from '../core/partial-date.js';
import { parseMetadataDate } from './date-phrases.js';

const DATE_KEYS = [
  'article:published_time', 'og:published_time', 'datepublished', 'citation_publication_date',
  'citation_date', 'dc.date.issued', 'dcterms.issued', 'dc.date', 'dcterms.date', 'date', 'pubdate',
  'publishdate', 'publish-date', 'publication_date', 'parsely-pub-date', 'sailthru.date', 'dcterms.created',
];

/** Where a <time> is boilerplate rather than the article's own date. */
const NOT_ARTICLE = new Set(['nav', 'aside', 'footer']);

export function htmlTitle(document: Document): string | null {
  const og = metaValues(document).get('og:title');
  const h1 = document.querySelector('h1')?.textContent;
  const title = document.querySelector('title')?.textContent;
  for (const candidate of [og, h1, title]) {
    const t = candidate?.replace(/\s+/g, ' ').trim();
    if (t) return t.normalize('NFC');
  }
  return null;
}

export function htmlPublished(document: Document): PartialDate | null {
  const metas = metaValues(document);
  for (const key of DATE_KEYS) {
    const date = parseMetadataDate(metas.get(key));
    if (date) return date;
  }
  for (const script of Array.from(document.querySelectorAll('script'))) {
    if ((script.getAttribute('type') ?? '').toLowerCase() !== 'application/ld+json') continue;
    const m = /"datePublished"\s*:\s*"([^"]+)"/.exec(script.textContent ?? '');
    const date = m ? parseMetadataDate(m[1]) : null;
    if (date) return date;
  }
  const times = Array.from(document.querySelectorAll('time')).filter(
    (t) => t.getAttribute('datetime') && !insideBoilerplate(t),
  );
  const declared = times.find((t) => t.hasAttribute('pubdate') || (t.getAttribute('itemprop') ?? '').toLowerCase() === 'datepublished');
  for (const t of declared ? [declared] : times.slice(0, 1)) {
    const date = parseMetadataDate(t.getAttribute('datetime'));
    if (date) return date;
  }
  return null;
}

/** The declared charset, read from the first bytes before decoding the page. */
export function declaredCharset(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.subarray(0, 4096)).toString('latin1');
  return /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head)?.[1] ?? null;
}

/** meta name/property/itemprop (lower-cased) → content; the first occurrence wins. */
function metaValues(document: Document): Map<string, string> {
  const values = new Map<string, string>();
  for (const meta of Array.from(document.querySelectorAll('meta'))) {
    const content = meta.getAttribute('content');
    if (!content) continue;
    for (const attr of ['property', 'name', 'itemprop']) {
      const key = meta.getAttribute(attr)?.toLowerCase();
      if (key && !values.has(key)) values.set(key, content);
    }
  }
  return values;
}

function insideBoilerplate(el: Element): boolean {
  for (let p = el.parentElement; p; p = p.parentElement) {
    if (NOT_ARTICLE.has(p.tagName.toLowerCase())) return true;
  }
  return false;
}
