import type { APIRoute } from 'astro';
import { getPublication } from '../publication/publication.ts';
import { absoluteUrl } from '../publication/site-url.ts';

/** Everything may be crawled; with a site URL, crawlers are told where the sitemap is. */
export const GET: APIRoute = async () => {
	const { siteUrl } = await getPublication();
	const lines = ['User-agent: *', 'Allow: /', ...(siteUrl ? ['', `Sitemap: ${absoluteUrl(siteUrl, 'sitemap.xml')}`] : [])];
	return new Response(`${lines.join('\n')}\n`, { headers: { 'content-type': 'text/plain; charset=utf-8' } });
};
