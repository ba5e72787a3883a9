import { Parser } from 'htmlparser2';
import { URL_ATTRIBUTES } from '../site/urls.ts';
import { NAMES_AS_WRITTEN, startTag } from '../html/start-tag.ts';
import { NOT_FOUND_BASE_ATTRIBUTE } from '../editions/offline-protocol.ts';

export interface RebasedPage {
	html: string;
	/** The stylesheets' text, now inline: the policy allows exactly these. */
	inlined: string[];
}

/**
 * A host serves 404.html for every missing address, at any depth:
 * /briefing/old/section-2 gets the same file as /briefing/x. URLs relative
 * to the site's root, as every other page has, would resolve against the
 * wrong folder, leaving the page unstyled and every link broken.
 *
 * So its stylesheets are inlined (the policy allows them by hash), which
 * styles it wherever it is served; and its root-absolute URLs, as Astro
 * writes them, are rooted at the site's base path, which a page cannot know
 * from its own address: the path of the configured site URL (/briefing/ for
 * https://example.org/briefing/), or / without one. A `<base href>` would
 * do the links in one tag, but it would also send the skip link's `#main`
 * to the overview. `readStylesheet` reads a stylesheet by its root-absolute URL.
 * Opened from disk, dist/404.html keeps these host links; the offline copy
 * and the zip's copy root them in their own folder
 * (src/editions/offline-protocol.ts).
 */
export function rebaseNotFoundPage(html: string, base: string, readStylesheet: (href: string) => string): RebasedPage {
	const inlined: string[] = [];
	const rooted = (url: string) => url.startsWith('/') && !url.startsWith('//');
	const out: string[] = [];
	let copied = 0;
	const parser = new Parser(
		{
			onopentag(name, attributes, implied) {
				if (implied) return;
				const replace = (text: string) => {
					out.push(html.slice(copied, parser.startIndex), text);
					copied = parser.endIndex + 1;
				};
				const href = attributes.href ?? '';
				if (name === 'link' && attributes.rel === 'stylesheet' && rooted(href)) {
					const css = readStylesheet(href);
					inlined.push(css);
					return replace(`<style>${css}</style>`);
				}
				// The offline copy's worker serves this page from wherever the copy was kept, and roots its links there
				// instead (offline-protocol.ts): it reads the base they are rooted at here.
				if (name === 'html') {
					attributes[NOT_FOUND_BASE_ATTRIBUTE] = base;
					return replace(startTag(name, attributes, html.slice(parser.startIndex, parser.endIndex + 1)));
				}
				const urls = Object.keys(attributes).filter((attribute) => URL_ATTRIBUTES.has(attribute) && rooted(attributes[attribute]));
				if (urls.length === 0) return;
				for (const attribute of urls) attributes[attribute] = `${base}${attributes[attribute].slice(1)}`;
				replace(startTag(name, attributes, html.slice(parser.startIndex, parser.endIndex + 1)));
			},
		},
		NAMES_AS_WRITTEN,
	);
	parser.end(html);
	out.push(html.slice(copied));
	return { html: out.join(''), inlined };
}
