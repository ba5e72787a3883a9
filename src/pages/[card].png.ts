import type { APIRoute } from 'astro';
import { getBriefing } from '../data/briefing';
import { formatDate } from '../lib/dates';
import { getPublication } from '../publication/publication';
import { renderSocialCard, SOCIAL_CARD } from '../publication/social-card';

/** The link-preview image, made only when a site URL is set: a preview needs its absolute address. */
export async function getStaticPaths() {
	const publication = await getPublication();
	return publication.siteUrl ? [{ params: { card: SOCIAL_CARD.path.replace(/\.png$/, '') } }] : [];
}

export const GET: APIRoute = async () => {
	const [p, { overview }] = await Promise.all([getPublication(), getBriefing()]);
	const dates = `As of ${formatDate(p.asOf)}${p.updated > p.asOf ? ` · Updated ${formatDate(p.updated)}` : ''}`;
	const png = await renderSocialCard({ kicker: p.genre, title: p.title, subtitle: overview.entry.data.title, byline: p.issuedBy, dates });
	return new Response(png, { headers: { 'content-type': 'image/png' } });
};
