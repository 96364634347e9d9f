/**
 * HTML pages: the main text only. Readability picks the article; when it finds none,
 * the whole body is used with navigation, headers, footers and scripts removed. Entities
 * are decoded by the parser; paragraphs come out separated by blank lines.
 */
import { parseHTML } from 'linkedom';
import { Readability } from '@mozilla/readability';
import { WorkbenchError } from '../core/errors.js';
import { decodeText } from './decode-text.js';
import { blockText } from './html-text.js';
import { declaredCharset, htmlPublished, htmlTitle } from './html-metadata.js';
import { parseMetadataDate } from './date-phrases.js';
import { isBlank, tidyExtracted } from './normalise-text.js';
import { detectTextMetadata } from './text-metadata.js';
import type { Extracted } from './types.js';

export function readHtml(bytes: Uint8Array, source: string): Extracted {
  const decoded = decodeText(bytes, declaredCharset(bytes));
  if ('binary' in decoded) throw new WorkbenchError('unsupported', `${source}: binary content, not HTML`);
  const html = decoded.text;

  const page = parseHTML(html).document;
  const article = readArticle(html);
  const text = tidyExtracted(article !== null && !isBlank(article.text) ? article.text : page.body ? blockText(page.body) : '');

  const fromText = detectTextMetadata(text);
  return {
    text,
    title: htmlTitle(page) ?? article?.title ?? fromText.title,
    published: htmlPublished(page) ?? article?.published ?? fromText.published,
  };
}

interface Article {
  readonly text: string;
  readonly title: string | null;
  readonly published: string | null;
}

function readArticle(html: string): Article | null {
  // Readability rewrites the document it is given, so it gets a parse of its own.
  const { document } = parseHTML(html);
  let parsed: ReturnType<Readability['parse']>;
  try {
    parsed = new Readability(document).parse();
  } catch {
    return null;
  }
  if (!parsed?.content) return null;
  const content = parseHTML(`<!doctype html><html><body>${parsed.content}</body></html>`).document;
  return {
    text: content.body ? blockText(content.body) : '',
    title: parsed.title?.trim() || null,
    published: parseMetadataDate(parsed.publishedTime ?? null),
  };
}
