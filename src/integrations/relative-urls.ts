import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { transformHtmlFiles } from '../lib/html-files.ts';
import { rewriteTags } from '../lib/html-tags.ts';
import { relativeUrl } from '../lib/urls.ts';

/** Attributes that hold one URL. */
const URL_ATTRIBUTES = ['href', 'src', 'action', 'poster', 'data-js'];

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
				await transformHtmlFiles(fileURLToPath(dir), (html, file) => rewriteHtml(html, `/${file}`));
			},
		},
	};
}

function rewriteHtml(html: string, pagePath: string): string {
	const rootAbsolute = (url: string) => url.startsWith('/') && !url.startsWith('//');
	return rewriteTags(html, ({ attributes }) => {
		let changed = false;
		const next = { ...attributes };
		for (const name of URL_ATTRIBUTES) {
			if (name in next && rootAbsolute(next[name])) {
				next[name] = relativeUrl(pagePath, next[name]);
				changed = true;
			}
		}
		if (next.srcset) {
			const candidates = next.srcset.split(',').map((candidate) => {
				const [url, ...descriptor] = candidate.trim().split(/\s+/);
				return [rootAbsolute(url) ? relativeUrl(pagePath, url) : url, ...descriptor].join(' ');
			});
			changed ||= candidates.join(', ') !== next.srcset;
			next.srcset = candidates.join(', ');
		}
		return changed ? next : undefined;
	});
}
