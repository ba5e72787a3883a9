import { RewritingStream } from 'parse5-html-rewriting-stream';

/** Attributes that hold one URL (as in page-pass.ts). */
const URL_ATTRIBUTES = new Set(['href', 'src', 'action', 'poster', 'data-js']);

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
 */
export async function rebaseNotFoundPage(html: string, base: string, readStylesheet: (href: string) => string): Promise<RebasedPage> {
	const inlined: string[] = [];
	const rooted = (url: string) => url.startsWith('/') && !url.startsWith('//');
	const rewriter = new RewritingStream();
	rewriter.on('startTag', (tag, raw) => {
		const href = tag.attrs.find((a) => a.name === 'href')?.value ?? '';
		if (tag.tagName === 'link' && tag.attrs.some((a) => a.name === 'rel' && a.value === 'stylesheet') && rooted(href)) {
			const css = readStylesheet(href);
			inlined.push(css);
			rewriter.emitRaw(`<style>${css}</style>`);
			return;
		}
		const urls = tag.attrs.filter((a) => URL_ATTRIBUTES.has(a.name) && rooted(a.value));
		if (urls.length === 0) return rewriter.emitRaw(raw);
		for (const attr of urls) attr.value = `${base}${attr.value.slice(1)}`;
		rewriter.emitStartTag(tag);
	});
	const out: string[] = [];
	rewriter.on('data', (chunk: string) => out.push(chunk));
	await new Promise<void>((resolve, reject) => {
		rewriter.on('end', resolve);
		rewriter.on('error', reject);
		rewriter.end(html);
	});
	return { html: out.join(''), inlined };
}
