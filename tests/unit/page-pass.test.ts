import { describe, expect, it } from 'vitest';
import { passPage } from '../../src/postbuild/page-pass.ts';

describe('the page pass', () => {
	it('keeps an article with its number wherever the parser parts the text, as it does where its buffer fills (64 KiB)', () => {
		// Every place the words can fall around the parser's 65,536th character, where they had been parted.
		for (let n = 65440; n < 65470; n++) {
			const html = `<!doctype html><html><head><meta charset="utf-8"></head><body><p>${'x'.repeat(n)}</p><p>See Article 10 and 3–4 December now</p></body></html>`;
			const { html: out } = passPage(html, 'a.html');
			expect(out, `${n} characters before`).toContain('See Article\u00a010 and <span class="nowrap">3–4\u00a0December</span> now');
		}
	});

	it('marks a note number right after another, and none after words or a space', () => {
		const { html } = passPage('<!doctype html><html><head><meta charset="utf-8"></head><body><p>a<sup><a href="#1">1</a></sup><sup><a href="#2">2</a></sup> b<sup><a href="#3">3</a></sup> <sup class="x"><a href="#4">4</a></sup><sup class="x"><a href="#5">5</a></sup></p></body></html>', 'a.html');
		expect([...html.matchAll(/<sup[^>]*>/g)].map((m) => m[0])).toEqual(['<sup>', '<sup class="next-note">', '<sup>', '<sup class="x">', '<sup class="x next-note">']);
	});

	it('keeps the text after the last tag', () => {
		const { html } = passPage('<!doctype html><html><head><meta charset="utf-8"></head><body>x</body></html>\nArticle 5', 'a.html');
		expect(html.endsWith('</html>\nArticle\u00a05')).toBe(true);
	});
});
