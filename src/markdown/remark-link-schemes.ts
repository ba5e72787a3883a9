import type { Definition, Image, Link, LinkReference } from 'mdast';
import type { MdastPluginDefinition, MdastVisitorContext } from 'satteri';
import { report } from './problems.ts';
import { TO_STRING } from './text-content.ts';
import { pageHref } from '../site/urls.ts';

/** A link's words that name nothing (WCAG 2.4.4, link purpose). */
const SAYS_NOTHING = /^(?:(?:click|tap) )?here\.?$|^(?:this|that)(?: (?:link|page|article|report))?\.?$|^(?:read )?more\.?$|^link\.?$/i;

/** What a link in a section may point at: another site over https, a page or anchor of this one, or an email address. */
const ALLOWED = /^(?:https:\/\/[^/]|\/(?!\/)|#|mailto:)/i;

/**
 * The link to write for a page of the briefing written as an author might
 * write it elsewhere, or undefined: without its leading slash
 * (`victory-plan.html`, which the build would read as relative), or without
 * its `.html` (`/victory-plan`, a host's pretty URL: the pages are files, so
 * that they open from disk, and no file has that name). The anchor is kept.
 */
export function pageLinkFix(url: string): string | undefined {
	if (/^[a-z0-9-]+\.html(?:#|$)/i.test(url)) return `/${url}`;
	const bare = /^\/([a-z0-9-]+)\/?(#.*)?$/i.exec(url);
	return bare ? pageHref(bare[1], bare[2]?.slice(1)) : undefined;
}

/**
 * What a section's links may point at, and say: links by allowlist, in
 * words that name where they lead, and no images. Anything
 * else, `javascript:`, `data:`, `file:`, plain `http:` or a protocol-relative
 * `//host`, is refused with its line, before a policy or a browser has to
 * stop it; so is a page named without its `.html`, which the link check
 * would otherwise find only after the whole build, in the built page.
 */
export function remarkLinkSchemes(): MdastPluginDefinition {
	// A link whose words say nothing of where it leads: read in a screen reader's list of links, “here” is all it says.
	const sayingNothing = (node: Readonly<Link | LinkReference>, ctx: MdastVisitorContext) => {
		const words = ctx.textContent(node, TO_STRING).replace(/\s+/g, ' ').trim();
		if (SAYS_NOTHING.test(words)) report(ctx, node, `a link whose words are “${words}” says nothing of where it leads, read out of its sentence in a list of links: link the words that name it, as [NATO’s communiqué](address)`);
	};
	const link = (node: Readonly<Link | Definition>, ctx: MdastVisitorContext) => {
		const url = node.url.trim();
		const fix = pageLinkFix(url);
		if (ALLOWED.test(url)) {
			if (fix) report(ctx, node, `link to "${url}": a page of the briefing is linked by its file's name, with .html (pages are files, so that they open from disk): write ${fix}`);
			return;
		}
		// An address written www.… is linked by GFM as http://, which the author never typed.
		const bare = node.type === 'link' && /^http:\/\/www\./i.test(url) && node.children.length === 1 && node.children[0].type === 'text' && `http://${node.children[0].value}` === url;
		if (bare) return report(ctx, node, `“${url.slice('http://'.length)}”, written without https://, is linked by Markdown as http://, which the briefing refuses: write https://${url.slice('http://'.length)}`);
		const page = fix ? ` (a page of the briefing: write ${fix})` : '';
		report(ctx, node, `link to "${url}": links go to https:// addresses, to pages of the briefing (/page.html#anchor) or to mailto:${page}`);
	};
	return {
		name: 'briefing-link-schemes',
		options: { position: true },
		link(node: Readonly<Link>, ctx) {
			// A link of no words is there to no reader: nothing to see or tap, and a screen reader names it by its address.
			if (node.children.length === 0) report(ctx, node, `a link to "${node.url.trim()}" with no words: write the words to tap between the brackets, [words](address)`);
			sayingNothing(node, ctx);
			link(node, ctx);
		},
		linkReference: sayingNothing,
		definition: link,
		// An image from elsewhere would be a request no reader agreed to; one from the site, a page the EPUB cannot carry yet.
		image(node: Readonly<Image>, ctx) {
			report(ctx, node, `image "${node.url.trim()}": sections hold no images yet (the EPUB edition cannot carry them, and nothing is loaded from elsewhere); describe it in words, or link to the map (/map.html) or use <Timeline>`);
		},
	};
}
