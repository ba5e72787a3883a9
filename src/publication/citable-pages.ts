import { getBriefing } from '../data/briefing.ts';
import { getPublication } from './publication.ts';
import type { CitedWork } from './work.ts';

/** A citable page, by its name in URLs (`index`, `background`), and the work its citation files describe. */
export interface CitablePage {
	page: string;
	work: CitedWork;
}

/** The citable pages: the overview and each section. */
export async function citablePages(): Promise<CitablePage[]> {
	const [publication, { overview, sections }] = await Promise.all([getPublication(), getBriefing()]);
	const pages = [
		{ page: 'index', title: overview.entry.data.title },
		...sections.map((s) => ({ page: s.slug, title: s.entry.data.title, updated: s.entry.data.updated })),
	];
	return pages.map((p) => ({ page: p.page, work: publication.work(p) }));
}
