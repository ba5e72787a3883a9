import type { Definition, Image, Link } from 'mdast';
import type { MdastPluginDefinition, MdastVisitorContext } from 'satteri';
import { report } from './problems.ts';

/** What a link in a section may point at: another site over https, a page or anchor of this one, or an email address. */
const ALLOWED = /^(?:https:\/\/[^/]|\/(?!\/)|#|mailto:)/i;

/**
 * Links by allowlist. Anything else, `javascript:`, `data:`, `file:`, plain
 * `http:` or a protocol-relative `//host`, is refused with its line, before
 * a policy or a browser has to stop it. Images may only come from the site.
 */
export function remarkLinkSchemes(): MdastPluginDefinition {
	const link = (node: Readonly<Link | Definition>, ctx: MdastVisitorContext) => {
		const url = node.url.trim();
		if (!ALLOWED.test(url)) report(ctx, node, `link to "${url}": links go to https:// addresses, to pages of the briefing (/page.html#anchor) or to mailto:`);
	};
	return {
		name: 'briefing-link-schemes',
		options: { position: true },
		link,
		definition: link,
		image(node: Readonly<Image>, ctx) {
			const url = node.url.trim();
			if (!/^\/(?!\/)/.test(url)) report(ctx, node, `image "${url}": images come from the site itself (/…); nothing is loaded from elsewhere`);
		},
	};
}
