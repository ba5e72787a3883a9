import { escapeUTF8 } from 'entities';
import { pageAddress } from './work.ts';

export interface SitemapPage {
	/** Page name as in its URL: `index`, `background`. */
	page: string;
	/** Last change, YYYY-MM-DD. */
	updated: string;
}

/** sitemap.xml (sitemaps.org 0.9): every page at its absolute address, with its last change. */
export function sitemap(siteUrl: string, pages: SitemapPage[]): string {
	const urls = pages.map(({ page, updated }) => `  <url><loc>${escapeUTF8(pageAddress(siteUrl, page))}</loc><lastmod>${updated}</lastmod></url>`);
	return ['<?xml version="1.0" encoding="utf-8"?>', '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">', ...urls, '</urlset>', ''].join('\n');
}
