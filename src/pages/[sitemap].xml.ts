import type { APIRoute } from 'astro';
import { getBriefing } from '../data/briefing.ts';
import { getPublication } from '../publication/publication.ts';
import { sitemap } from '../publication/sitemap.ts';

/** sitemap.xml, made only when a site URL is set: a sitemap lists absolute addresses. */
export async function getStaticPaths() {
	return (await getPublication()).siteUrl ? [{ params: { sitemap: 'sitemap' } }] : [];
}

/** Every page file in this folder but those search engines should not list (404, search) and the section route, which the sections replace. */
const PAGES = Object.keys(import.meta.glob('./*.astro'))
	.map((path) => path.slice(2, -6))
	.filter((name) => name !== '404' && name !== 'search' && !name.startsWith('['));

export const GET: APIRoute = async () => {
	const [publication, { sections }] = await Promise.all([getPublication(), getBriefing()]);
	const pages = [
		...PAGES.map((page) => ({ page, updated: publication.updated })),
		...sections.map((s) => ({ page: s.slug, updated: s.entry.data.updated })),
	].sort((a, b) => (a.page === 'index' ? -1 : b.page === 'index' ? 1 : a.page.localeCompare(b.page)));
	return new Response(sitemap(publication.siteUrl!, pages), { headers: { 'content-type': 'application/xml; charset=utf-8' } });
};
