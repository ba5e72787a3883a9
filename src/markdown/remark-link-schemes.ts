import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';
import { report } from './problems.ts';

/** What a link in a section may point at: another site over https, a page or anchor of this one, or an email address. */
const ALLOWED = /^(?:https:\/\/[^/]|\/(?!\/)|#|mailto:)/i;

/**
 * Links by allowlist. Anything else, `javascript:`, `data:`, `file:`, plain
 * `http:` or a protocol-relative `//host`, is refused with its line, before
 * a policy or a browser has to stop it. Images may only come from the site.
 */
export function remarkLinkSchemes() {
	return (tree: Root, file: VFile) => {
		visit(tree, ['link', 'definition', 'image'], (node) => {
			const url = (node as { url: string }).url.trim();
			if (node.type === 'image') {
				if (!/^\/(?!\/)/.test(url)) report(file, node, `image "${url}": images come from the site itself (/…); nothing is loaded from elsewhere`);
				return;
			}
			if (!ALLOWED.test(url)) {
				report(file, node, `link to "${url}": links go to https:// addresses, to pages of the briefing (/page.html#anchor) or to mailto:`);
			}
		});
	};
}
