import { describe, expect, it } from 'vitest';
import { pageHref } from '../../src/site/urls.ts';
import { relativeUrl } from '../../src/postbuild/relative-url.ts';

describe('relativeUrl', () => {
	it('links between pages at the root', () => {
		expect(relativeUrl('/index.html', '/background.html#key-points')).toBe('background.html#key-points');
		expect(relativeUrl('/background.html', '/_astro/Page.abc.css')).toBe('_astro/Page.abc.css');
	});
	it('climbs out of folders', () => {
		expect(relativeUrl('/a/b/page.html', '/x.html')).toBe('../../x.html');
		expect(relativeUrl('/a/b/page.html', '/a/c/y.html?q=1')).toBe('../c/y.html?q=1');
		expect(relativeUrl('/a/page.html', '/a/other.html')).toBe('other.html');
	});
	it('turns folder URLs into their index.html, which works from disk', () => {
		expect(relativeUrl('/background.html', '/')).toBe('index.html');
		expect(relativeUrl('/a/page.html', '/a/')).toBe('index.html');
		expect(relativeUrl('/a/page.html', '/#top')).toBe('../index.html#top');
	});
	it('keeps a same-page link pointing at the page itself', () => {
		expect(relativeUrl('/index.html', '/index.html#x')).toBe('index.html#x');
	});
});

describe('pageHref', () => {
	it('names pages as files', () => {
		expect(pageHref('sources', 'reuters-2024-11-29')).toBe('/sources.html#reuters-2024-11-29');
		expect(pageHref('index')).toBe('/index.html');
	});
});
