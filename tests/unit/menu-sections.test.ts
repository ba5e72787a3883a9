import { describe, expect, it } from 'vitest';
import { menuSections } from '../../src/site/menu-sections.ts';

const sections = (n: number) => Array.from({ length: n }, (_, i) => ({ slug: `s${i + 1}` }));
const slugs = (m: { listed: { slug: string }[] }) => m.listed.map((s) => s.slug);

describe('the sections the site menu lists', () => {
	it('lists every section of a briefing up to the limit, on every page', () => {
		expect(menuSections(sections(4), 'glossary', 20)).toEqual({ listed: sections(4), partial: false });
		expect(menuSections(sections(20), 's3', 20).listed).toHaveLength(20);
	});

	it('past the limit, lists the page’s own section and its neighbours, and says it left some out', () => {
		const many = sections(1000);
		expect(menuSections(many, 's500', 20)).toEqual({ listed: [{ slug: 's499' }, { slug: 's500' }, { slug: 's501' }], partial: true });
		expect(slugs(menuSections(many, 's1', 20))).toEqual(['s1', 's2']);
		expect(slugs(menuSections(many, 's1000', 20))).toEqual(['s999', 's1000']);
	});

	it('past the limit, lists no section on a page that is not one', () => {
		expect(menuSections(sections(21), 'glossary', 20)).toEqual({ listed: [], partial: true });
	});
});
