/** HTML intake: the article is kept, page boilerplate dropped, declared metadata read. */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readDocument } from './read-document.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'cellgraph-html-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function fixture(name: string, content: string | Uint8Array): Promise<string> {
  const file = path.join(dir, name);
  await writeFile(file, content);
  return file;
}

const P1 = 'Police in the provincial capital said the cell had recruited students over two years before the raids &amp; arrests in the spring. Investigators traced the money through three intermediaries.';
const P2 = 'The group&#8217;s spokesman denied the claims in a statement; officials said the network&nbsp;reached Karachi and Sialkot. Analysts described the arrests as the largest of the year in the province.';

function articlePage(head: string): string {
  return `<!doctype html><html><head><meta charset="utf-8">${head}
<style>.nav { color: red }</style><script>window.tracker = "TRACKING-CODE";</script></head><body>
<header><div class="logo">NEWS SITE</div><nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li><li><a href="/subscribe">Subscribe now</a></li></ul></nav></header>
<main><article>
<h1>Cell dismantled after raids</h1>
<p class="byline">By A. Reporter</p>
<p>${P1}</p>
<p>${P2}</p>
<p>${P1.replace('spring', 'autumn')}</p>
</article>
<aside><h3>Related</h3><ul><li><a href="/a">Unrelated sidebar story</a></li></ul></aside></main>
<footer><p>Copyright 2017 NEWS SITE. All rights reserved. Contact us.</p></footer>
<script>trackPageView("FOOTER-SCRIPT")</script></body></html>`;
}

/** What a reader sees: entities decoded; a no-break space reads as a plain space. */
function decodeEntities(s: string): string {
  return s.replace(/&amp;/g, '&').replace(/&#8217;/g, '\u2019').replace(/&nbsp;/g, ' ');
}

describe('readDocument: HTML', () => {
  it('keeps the article and drops navigation, scripts, styles, sidebars and footer', async () => {
    const head = '<title>Cell dismantled | NEWS SITE</title><meta property="og:title" content="Cell dismantled after raids in the province"><meta property="article:published_time" content="2017-03-14T09:30:00+05:00">';
    const doc = await readDocument(await fixture('story.html', articlePage(head)));
    expect(doc.media_type).toBe('text/html');
    expect(doc.title).toBe('Cell dismantled after raids in the province');
    expect(doc.published).toBe('2017-03-14');
    expect(doc.text).toContain(decodeEntities(P1));
    expect(doc.text).toContain(decodeEntities(P2));
    for (const junk of ['TRACKING-CODE', 'FOOTER-SCRIPT', 'Subscribe now', 'Copyright', 'color: red', 'Unrelated sidebar', '&amp;', '&#8217;']) {
      expect(doc.text).not.toContain(junk);
    }
    // Paragraphs are separated by exactly one blank line.
    expect(doc.text).toContain(`${decodeEntities(P1)}\n\n${decodeEntities(P2)}`);
  });

  it('falls back to <h1>, then <title>, and reads <time datetime>', async () => {
    const page = articlePage('<title>Only the title tag</title>').replace('<p class="byline">By A. Reporter</p>', '<p><time datetime="2016-08-09">9 Aug</time></p>');
    const doc = await readDocument(await fixture('h1.htm', page));
    expect(doc.title).toBe('Cell dismantled after raids');
    expect(doc.published).toBe('2016-08-09');
    const bare = await readDocument(await fixture('title.html', `<html><head><title>Weekly note</title></head><body><p>${P1}</p></body></html>`));
    expect(bare.title).toBe('Weekly note');
    expect(bare.published).toBeNull();
  });

  it('uses the body text when there is no article to find', async () => {
    const html = '<html><body><nav><a href="/">Home</a></nav><div>Short note: two arrests in Quetta.</div><div>Second line.</div><footer>Footer text</footer></body></html>';
    const doc = await readDocument(await fixture('short.html', html));
    expect(doc.text).toContain('Short note: two arrests in Quetta.');
    expect(doc.text).toContain('Second line.');
    expect(doc.text).not.toContain('Footer text');
    expect(doc.text).not.toContain('Home');
  });

  it('decodes a page declared as windows-1252', async () => {
    const html = '<html><head><meta charset="windows-1252"><title>Rapport</title></head><body><p>L’été à Peshawar — déjà.</p></body></html>';
    const doc = await readDocument(await fixture('latin.html', iconv.encode(html, 'windows-1252')));
    expect(doc.text).toBe('L’été à Peshawar — déjà.');
  });

  it('refuses a page with no text', async () => {
    const file = await fixture('empty.html', '<html><head><title>Nothing</title><script>x()</script></head><body><nav>Menu</nav></body></html>');
    await expect(readDocument(file)).rejects.toMatchObject({ code: 'invalid_input', message: `${file}: empty document` });
  });
});
