import { escapeAttribute } from 'entities';

const CITATION = /<a\b[^>]*\bclass="citation"[^>]*>/g;
const SOURCE_ID = /\bhref="\/sources\.html#([^"]+)"/;

/**
 * Gives each citation link in rendered notes (`<a href="/sources.html#id"
 * class="citation">`) its source's address in `data-url`, which print.css
 * spells out on paper, where the link to the register cannot be followed.
 * Sources without an address are left as they are.
 */
export function withSourceAddresses(html: string, urlOf: (id: string) => string | undefined): string {
	return html.replace(CITATION, (tag) => {
		const id = SOURCE_ID.exec(tag)?.[1];
		const url = id === undefined ? undefined : urlOf(decodeURIComponent(id));
		return url ? `${tag.slice(0, -1)} data-url="${escapeAttribute(url)}">` : tag;
	});
}
