import { describe, expect, it } from 'vitest';
import { BACK_MATTER, pagerFor } from '../../src/site/reading-order.ts';

const sections = [
	{ slug: 'background', number: 1, title: 'Background' },
	{ slug: 'victory-plan', number: 2, title: 'The victory plan' },
];
const hrefs = (page: string) => {
	const pager = pagerFor(page, sections);
	return pager && [pager.prev?.href, pager.next?.href];
};

describe('pagerFor', () => {
	it('leads from the overview through the sections to the reference pages, and from the last of them back to the overview', () => {
		expect(hrefs('index')).toEqual([undefined, '/background.html']);
		expect(hrefs('background')).toEqual(['/index.html', '/victory-plan.html']);
		expect(hrefs('victory-plan')).toEqual(['/background.html', '/timeline.html']);
		expect(BACK_MATTER.map(([page]) => page)).toEqual(['timeline', 'map', 'people', 'glossary', 'sources']);
		expect(hrefs('timeline')).toEqual(['/victory-plan.html', '/map.html']);
		expect(hrefs('glossary')).toEqual(['/people.html', '/sources.html']);
		expect(hrefs('sources')).toEqual(['/glossary.html', '/index.html']);
	});

	it('names each link as a reader sees it, and marks only the steps of the order as prev and next', () => {
		expect(pagerFor('victory-plan', sections)).toEqual({
			label: 'Previous and next section',
			prev: { href: '/background.html', label: 'Previous: section 1', title: 'Background', rel: 'prev' },
			next: { href: '/timeline.html', label: 'Next', title: 'Timeline', rel: 'next' },
		});
		expect(pagerFor('timeline', sections)?.prev).toEqual({ href: '/victory-plan.html', label: 'Previous: section 2', title: 'The victory plan', rel: 'prev' });
		expect(pagerFor('sources', sections)?.next).toEqual({ href: '/index.html', label: 'Back to', title: 'The overview' });
		expect(pagerFor('background', sections)?.prev).toEqual({ href: '/index.html', label: 'Back to', title: 'The overview' });
	});

	it('leaves pages outside the order without one: about, search, the whole briefing', () => {
		for (const page of ['about', 'search', 'all', '404']) expect(pagerFor(page, sections), page).toBeUndefined();
	});
});
