import type { Definition, Image, Link } from 'mdast';
import type { MdastPluginDefinition, MdastVisitorContext } from 'satteri';
import { report } from './problems.ts';

/** What a link in a section may point at: another site over https, a page or anchor of this one, or an email address. */
const ALLOWED = /^(?:https:\/\/[^/]|\/(?!\/)|#|mailto:)/i;

/**
 * What a section may point at: links by allowlist, and no images. Anything
 * else, `javascript:`, `data:`, `file:`, plain `http:` or a protocol-relative
 * `//host`, is refused with its line, before a policy or a browser has to
 * stop it.
 */
export function remarkLinkSchemes(): MdastPluginDefinition {
	const link = (node: Readonly<Link | Definition>, ctx: MdastVisitorContext) => {
		const url = node.url.trim();
		if (ALLOWED.test(url)) return;
		// A page of the briefing written without its leading slash, as an author would write a relative link.
		const page = /^[a-z0-9-]+\.html(?:#|$)/i.test(url) ? ` (a page of the briefing: write /${url})` : '';
		report(ctx, node, `link to "${url}": links go to https:// addresses, to pages of the briefing (/page.html#anchor) or to mailto:${page}`);
	};
	return {
		name: 'briefing-link-schemes',
		options: { position: true },
		link,
		definition: link,
		// An image from elsewhere would be a request no reader agreed to; one from the site, a page the EPUB cannot carry yet.
		image(node: Readonly<Image>, ctx) {
			report(ctx, node, `image "${node.url.trim()}": sections hold no images yet (the EPUB edition cannot carry them, and nothing is loaded from elsewhere); describe it in words, or use <AllianceMap> or <Timeline>`);
		},
	};
}
