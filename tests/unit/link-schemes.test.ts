import { describe, expect, it } from 'vitest';
import { pageLinkFix } from '../../src/markdown/remark-link-schemes.ts';

describe('a link to a page of the briefing as an author might write it elsewhere', () => {
	it('is written with its leading slash and its .html, its anchor kept', () => {
		expect(pageLinkFix('victory-plan.html')).toBe('/victory-plan.html');
		expect(pageLinkFix('victory-plan.html#the-plan')).toBe('/victory-plan.html#the-plan');
		// A host's pretty URL: the pages are files, and from disk no file has that name.
		expect(pageLinkFix('/victory-plan')).toBe('/victory-plan.html');
		expect(pageLinkFix('/glossary#article-5')).toBe('/glossary.html#article-5');
		expect(pageLinkFix('/victory-plan/')).toBe('/victory-plan.html');
	});

	it('leaves every other link to the rest of the checks', () => {
		for (const url of ['/victory-plan.html', '/glossary.html#article-5', '/', '#article-5', '/cite/background.bib', '/briefing.zip', 'https://example.org/page', 'mailto:x@example.org', '//evil.example/x']) {
			expect(pageLinkFix(url), url).toBeUndefined();
		}
	});
});
