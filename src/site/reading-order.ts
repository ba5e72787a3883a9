import { REFERENCE_PAGES } from './reference-pages.ts';
import { pageHref } from './urls.ts';

/** A link at a page's foot to the page before or after it: where it leads, what it is (“Next: section 2”), its title. */
interface PagerLink {
	href: string;
	label: string;
	title: string;
	rel?: 'prev' | 'next';
}

/** The links at a page's foot, and the name a screen reader gives them. */
export interface Pager {
	label: string;
	prev?: PagerLink;
	next?: PagerLink;
}

export interface SectionInOrder {
	slug: string;
	number: number;
	title: string;
}

/** What a reader going page by page reaches after the last section: the reference pages, in the menu's order, not the whole briefing, which repeats the sections. */
export const BACK_MATTER = REFERENCE_PAGES.map((p) => [p.page, p.label] as const);

const OVERVIEW: PagerLink = { href: pageHref('index'), label: 'Back to', title: 'The overview' };

const sectionLink = (section: SectionInOrder, rel: 'prev' | 'next'): PagerLink => ({
	href: pageHref(section.slug),
	label: `${rel === 'prev' ? 'Previous' : 'Next'}: section ${section.number}`,
	title: section.title,
	rel,
});
const backMatterLink = ([page, title]: (typeof BACK_MATTER)[number], rel: 'prev' | 'next'): PagerLink => ({ href: pageHref(page), label: rel === 'prev' ? 'Previous' : 'Next', title, rel });

/**
 * The reading order, as links at each page's foot: the overview leads to
 * the first section, each section to the next, the last to the timeline and
 * on through the reference pages, whose last leads back to the overview. The
 * last section had led to the timeline, which led nowhere (a reader's
 * trial). Nothing for a page outside the order (about, search, the whole
 * briefing).
 */
export function pagerFor(page: string, sections: readonly SectionInOrder[]): Pager | undefined {
	if (page === 'index') return sections.length > 0 ? { label: 'Next section', next: sectionLink(sections[0], 'next') } : undefined;
	const at = sections.findIndex((s) => s.slug === page);
	if (at >= 0) {
		return {
			label: 'Previous and next section',
			prev: at > 0 ? sectionLink(sections[at - 1], 'prev') : OVERVIEW,
			next: at < sections.length - 1 ? sectionLink(sections[at + 1], 'next') : backMatterLink(BACK_MATTER[0], 'next'),
		};
	}
	const matter = BACK_MATTER.findIndex(([name]) => name === page);
	if (matter < 0) return undefined;
	const last = sections.at(-1);
	return {
		label: 'Previous and next page',
		prev: matter > 0 ? backMatterLink(BACK_MATTER[matter - 1], 'prev') : last ? sectionLink(last, 'prev') : OVERVIEW,
		next: matter < BACK_MATTER.length - 1 ? backMatterLink(BACK_MATTER[matter + 1], 'next') : OVERVIEW,
	};
}
