import type { ChangeLabel } from './log.ts';
import { absoluteUrl } from './site-url.ts';
import { formatDate } from '../text/dates.ts';

export interface Person {
	given: string;
	family: string;
}

/** What the publication says about itself, as content/briefing.yaml has it (siteUrl resolved). */
export interface PublicationData {
	title: string;
	genre: string;
	issuedBy: string;
	authors: Person[];
	publisher: string;
	licence: { name: string; url: string };
	contact?: string;
	firstPublished: string;
	asOf: string;
	updated: string;
	siteUrl?: string;
	/** The news report the briefing was begun from, and how it was used (about page). */
	builtOn?: { source: string; account: string };
}

/**
 * One citable page: the briefing as a whole (its overview, or the single-page
 * edition) or a part of it (a section, a reference page). Everything the
 * citation formats, the head metadata and the social card need.
 */
export interface CitedWork {
	/** Citation key, the same in every format: `briefing-team-2024`, `briefing-team-2024-background`. */
	key: string;
	kind: 'report' | 'part';
	title: string;
	/** For a part: the briefing's title. */
	container?: string;
	genre: string;
	/** People credited; when none, the issuing body is the (group) author. */
	authors: Person[];
	issuedBy: string;
	publisher: string;
	/** First published, YYYY-MM-DD: the briefing's day, or the day a section added since was. */
	issued: string;
	asOf: string;
	/** This page's last change, YYYY-MM-DD, and what it was, as its byline names it. */
	updated: string;
	changed: ChangeLabel;
	language: string;
	licence: { name: string; url: string };
	/** Absolute address, only when a site URL is configured. */
	url?: string;
}

export interface CitedPage {
	/** Page name as in its URL: `index`, `background`. */
	page: string;
	/** The page's own title; ignored for the briefing as a whole, which carries the publication's. */
	title: string;
	/** The page's last change; for the briefing as a whole, the publication's. */
	updated?: string;
	/** What that change was, as the page's byline names it; “Updated” unless told. */
	changed?: ChangeLabel;
	/** The day the page was first published, where later than the briefing (a section added since). */
	issued?: string;
	whole?: boolean;
}

/** A citation key's part: ASCII letters and digits alone, which BibTeX and RIS readers all take (github-slugger keeps “ü”). */
const slug = (text: string) =>
	text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

/** The URL path of a page from the site's root: `` for the overview, `background.html` for a section. */
const pagePath = (page: string) => (page === 'index' ? '' : `${page}.html`);

/** A page's address on the site at `siteUrl` (`https://example.org/briefing/background.html`). */
export const pageAddress = (siteUrl: string, page: string) => absoluteUrl(siteUrl, pagePath(page));

export function citedWork(publication: PublicationData, { page, title, updated, changed = 'Updated', issued, whole = page === 'index' }: CitedPage, language: string): CitedWork {
	const base = `${slug(publication.authors[0]?.family ?? publication.issuedBy)}-${publication.firstPublished.slice(0, 4)}`;
	return {
		key: page === 'index' ? base : `${base}-${page}`,
		kind: whole ? 'report' : 'part',
		title: whole ? publication.title : title,
		container: whole ? undefined : publication.title,
		genre: publication.genre,
		authors: publication.authors,
		issuedBy: publication.issuedBy,
		publisher: publication.publisher,
		issued: (!whole && issued) || publication.firstPublished,
		asOf: publication.asOf,
		updated: whole ? publication.updated : (updated ?? publication.updated),
		changed,
		language,
		licence: publication.licence,
		url: publication.siteUrl ? pageAddress(publication.siteUrl, page) : undefined,
	};
}

/** `2024-11-29` → [2024, 11, 29]. */
export const dateParts = (date: string) => date.split('-').map(Number);

/** The note every format carries: what the text is current to, and when it last changed, named as the page names it (“last corrected”). */
export function datesNote(work: CitedWork): string {
	const asOf = `As of ${formatDate(work.asOf)}`;
	return work.updated > work.issued ? `${asOf}; last ${work.changed.toLowerCase()} ${formatDate(work.updated)}` : asOf;
}
