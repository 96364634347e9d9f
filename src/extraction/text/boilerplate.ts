/**
 * Where a web page's own text ends: a trailing "Recommended" / "Related articles" block
 * lists other pages' headlines and authors, which are not claims of this document.
 * Only a marker in the last part of the text counts, so a navigation menu at the top
 * cannot hide the article.
 */

const TAIL_MARKER = /^[ \t]*(?:RECOMMENDED|Recommended(?: for you| reading)?|Related(?: articles| stories| posts| content| reading)?|Read more|More on this topic|More from (?:this|the) author|You may also like|See also)[ \t]*:?[ \t]*$/gim;

/** Offset where the document's own text ends (the text length when there is no tail block). */
export function contentEnd(text: string): number {
  const from = Math.floor(text.length * 0.6);
  TAIL_MARKER.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TAIL_MARKER.exec(text)) !== null) {
    if (m.index >= from) return m.index;
  }
  return text.length;
}
