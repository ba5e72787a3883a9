import { getBriefing } from '../data/briefing';
import { getPublication } from './publication';

/** The citable pages, the overview and each section, for the endpoints that write their citation files. */
export async function citationPaths() {
	const [publication, { overview, sections }] = await Promise.all([getPublication(), getBriefing()]);
	const pages = [
		{ page: 'index', title: overview.entry.data.title },
		...sections.map((s) => ({ page: s.slug, title: s.entry.data.title, updated: s.entry.data.updated })),
	];
	return pages.map((p) => ({ params: { page: p.page }, props: { work: publication.work(p) } }));
}
