/** DOM to reader-visible text: block separation, skipped boilerplate, entities. */
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { blockText } from './html-text.js';

function body(html: string): HTMLElement {
  return parseHTML(`<!doctype html><html><body>${html}</body></html>`).document.body;
}

describe('blockText', () => {
  it('separates blocks by one blank line and keeps inline text together', () => {
    const text = blockText(body('<h2>Heading</h2><p>One <b>bold</b>\n   word.</p><div><p>Nested</p></div><ul><li>First</li><li>Second</li></ul>'));
    expect(text).toBe('Heading\n\nOne bold word.\n\nNested\n\nFirst\n\nSecond');
  });

  it('drops boilerplate containers, hidden elements and scripts', () => {
    const html = '<header>Site name</header><nav><a>Menu</a></nav><p>Kept.</p><p hidden>Hidden</p><span aria-hidden="true">Icon</span><script>code()</script><style>p{}</style><aside>Ad</aside><form><button>Go</button></form><footer>Legal</footer>';
    expect(blockText(body(html))).toBe('Kept.');
  });

  it('turns <br> into a line break and table cells into spaced text', () => {
    expect(blockText(body('<p>Line one<br>Line two</p><table><tr><td>Quetta</td><td>12</td></tr><tr><td>Karachi</td><td>3</td></tr></table>'))).toBe(
      'Line one\nLine two\n\nQuetta 12\n\nKarachi 3',
    );
  });

  it('decodes entities and reads a no-break space as a space', () => {
    expect(blockText(body('<p>Al&#8209;Qaeda &amp; allies&nbsp;met &lt;here&gt;</p>'))).toBe('Al\u2011Qaeda & allies met <here>');
  });
});
