import { describe, expect, it } from 'vitest';
import { withSourceAddresses } from '../../src/components/source-addresses';

describe('withSourceAddresses', () => {
	const urls = new Map([
		['reuters-2024-11-29', 'https://example.org/a?b=1&c=2'],
		['no-url', undefined],
	]);
	const urlOf = (id: string) => urls.get(id);

	it('adds the source’s address to each citation link, escaped', () => {
		const html = '<li><p><a href="/sources.html#reuters-2024-11-29" class="citation">Reuters, Title, 29 November 2024</a>. Note.</p></li>';
		expect(withSourceAddresses(html, urlOf)).toBe(
			'<li><p><a href="/sources.html#reuters-2024-11-29" class="citation" data-url="https://example.org/a?b=1&amp;c=2">Reuters, Title, 29 November 2024</a>. Note.</p></li>',
		);
	});

	it('leaves other links, and sources without an address, alone', () => {
		const html = '<a href="/sources.html#no-url" class="citation">x</a> <a href="/sources.html#reuters-2024-11-29">y</a> <a href="/glossary.html#a" class="term">z</a>';
		expect(withSourceAddresses(html, urlOf)).toBe(html);
	});
});
