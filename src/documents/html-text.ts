/**
 * Turns a DOM subtree into plain text the way a reader sees it: block elements become
 * paragraphs separated by a blank line, <br> a line break, runs of whitespace (no-break
 * spaces included, which only matter for layout) one space.
 * Boilerplate containers (navigation, headers, footers, scripts, forms) are skipped,
 * which is also the fallback when Readability finds no article.
 */

const SKIPPED = new Set([
  'script', 'style', 'noscript', 'template', 'svg', 'canvas', 'iframe', 'object', 'embed',
  'nav', 'header', 'footer', 'aside', 'form', 'button', 'select', 'textarea', 'head', 'title', 'meta', 'link',
]);

const BLOCKS = new Set([
  'address', 'article', 'blockquote', 'body', 'caption', 'dd', 'details', 'div', 'dl', 'dt', 'fieldset',
  'figcaption', 'figure', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'hr', 'li', 'main', 'ol', 'p', 'pre',
  'section', 'summary', 'table', 'tbody', 'thead', 'tfoot', 'tr', 'ul',
]);

const BREAK = '\n\n';

/** Minimal structural view of a DOM node, so this works with any DOM implementation. */
interface DomNode {
  readonly nodeType: number;
  readonly nodeName: string;
  readonly textContent: string | null;
  readonly childNodes: ArrayLike<DomNode>;
  getAttribute?(name: string): string | null;
}

export function blockText(root: DomNode): string {
  const parts: string[] = [];
  walk(root, parts, false);
  return parts
    .join('')
    .replace(/[ \t]*\n[ \t]*/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

function walk(node: DomNode, parts: string[], pre: boolean): void {
  if (node.nodeType === 3) {
    const text = node.textContent ?? '';
    parts.push(pre ? text : text.replace(/\s+/g, ' '));
    return;
  }
  if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) return;
  const tag = node.nodeName.toLowerCase();
  if (SKIPPED.has(tag)) return;
  if (node.getAttribute?.('hidden') !== null && node.getAttribute?.('hidden') !== undefined) return;
  if (node.getAttribute?.('aria-hidden') === 'true') return;
  if (tag === 'br') {
    parts.push('\n');
    return;
  }
  const block = BLOCKS.has(tag);
  if (block) parts.push(BREAK);
  const cells = tag === 'td' || tag === 'th';
  const children = node.childNodes;
  for (let i = 0; i < children.length; i++) walk(children[i]!, parts, pre || tag === 'pre');
  if (cells) parts.push(' ');
  if (block) parts.push(BREAK);
}
