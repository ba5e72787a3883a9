import { describe, expect, it } from 'vitest';
import { passPage } from '../../src/postbuild/page-pass';

describe('the page pass', () => {
	it('keeps an article with its number wherever the parser parts the text, as it does where its buffer fills (64 KiB)', () => {
		// Every place the words can fall around the parser's 65,536th character, where they had been parted.
		for (let n = 65440; n < 65470; n++) {
			const html = `<!doctype html><html><head><meta charset="utf-8"></head><body><p>${'x'.repeat(n)}</p><p>See Article 10 and 3–4 December now</p></body></html>`;
			const { html: out } = passPage(html, 'a.html');
			expect(out, `${n} characters before`).toContain('See Article\u00a010 and <span class="nowrap">3–4\u00a0December</span> now');
		}
	});

	it('keeps the text after the last tag', () => {
		const { html } = passPage('<!doctype html><html><head><meta charset="utf-8"></head><body>x</body></html>\nArticle 5', 'a.html');
		expect(html.endsWith('</html>\nArticle\u00a05')).toBe(true);
	});
});
