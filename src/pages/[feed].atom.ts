import type { APIRoute } from 'astro';
import { atomFeed, FEED_PATH } from '../publication/atom-feed.ts';
import { getPublication } from '../publication/publication.ts';

/** The Atom feed of corrections and updates, made only when a site URL is set: a feed's addresses are absolute. */
export async function getStaticPaths() {
	return (await getPublication()).siteUrl ? [{ params: { feed: FEED_PATH.replace(/\.atom$/, '') } }] : [];
}

export const GET: APIRoute = async () => {
	const p = await getPublication();
	const body = atomFeed({ siteUrl: p.siteUrl!, title: p.title, issuedBy: p.issuedBy, updated: p.updated, entries: p.notices('index') });
	return new Response(body, { headers: { 'content-type': 'application/atom+xml; charset=utf-8' } });
};
