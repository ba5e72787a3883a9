import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { visit } from 'unist-util-visit';
import { htmlFiles } from '../lib/html-files.ts';
import { relativeUrl } from '../lib/urls.ts';

/** Attributes that hold one URL (hast property names). */
const URL_PROPERTIES = ['href', 'src', 'action', 'poster', 'dataJs'];

/**
 * Rewrites every root-absolute URL in the built pages (`/x.html`,
 * `/_astro/y.css`) relative to the page that holds it. Astro has no relative
 * mode (withastro/astro#4229), and root-absolute URLs break both under a
 * sub-path and from disk, where `/` is the file system's root.
 */
export function relativeUrls(): AstroIntegration {
	return {
		name: 'relative-urls',
		hooks: {
			'astro:build:done': async ({ dir }) => {
				const root = fileURLToPath(dir);
				for (const file of await htmlFiles(root)) {
					const path = join(root, file);
					const html = await readFile(path, 'utf8');
					await writeFile(path, rewriteHtml(html, `/${file}`));
				}
			},
		},
	};
}

export function rewriteHtml(html: string, pagePath: string): string {
	const tree = fromHtml(html);
	const rewrite = (url: string) => (url.startsWith('/') && !url.startsWith('//') ? relativeUrl(pagePath, url) : url);
	visit(tree, 'element', (node) => {
		for (const name of URL_PROPERTIES) {
			const value = node.properties[name];
			if (typeof value === 'string') node.properties[name] = rewrite(value);
		}
		const srcset = node.properties.srcSet;
		if (Array.isArray(srcset)) {
			const candidates: string[] = srcset.map((candidate) => {
				const [url, ...descriptor] = String(candidate).trim().split(/\s+/);
				return [rewrite(url), ...descriptor].join(' ');
			});
			node.properties.srcSet = candidates.join(', ');
		}
	});
	return toHtml(tree, { allowDangerousHtml: true });
}
