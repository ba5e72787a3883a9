import type { APIRoute } from 'astro';
import { getBriefing } from '../data/briefing.ts';
import { getPublication } from '../publication/publication.ts';
import { cardText, renderCard, SOCIAL_CARD } from '../publication/title-card.ts';

/** The link-preview image, made only when a site URL is set: a preview needs its absolute address. */
export async function getStaticPaths() {
	const publication = await getPublication();
	return publication.siteUrl ? [{ params: { card: SOCIAL_CARD.path.replace(/\.png$/, '') } }] : [];
}

export const GET: APIRoute = async () => {
	const [publication, { overview }] = await Promise.all([getPublication(), getBriefing()]);
	const png = await renderCard(cardText(publication, overview.entry.data.title));
	return new Response(png, { headers: { 'content-type': 'image/png' } });
};
