import { existsSync, readFileSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { escapeAttribute } from 'entities';
import { parse } from 'yaml';
import { scanHtml } from '../lib/html-tags.ts';
import { basePath, resolveSiteUrl } from './site-url.ts';

/** Attributes that hold one URL (as in src/integrations/relative-urls.ts). */
const URL_ATTRIBUTES = ['href', 'src', 'action', 'poster', 'data-js'];

/**
 * A host serves 404.html for every missing address, at any depth:
 * /briefing/old/section-2 gets the same file as /briefing/x. Its URLs,
 * made relative to the site's root like every page's, would then resolve
 * against the wrong folder, leaving the page unstyled and every link broken.
 *
 * So, after the other steps: its stylesheets are inlined (the policy, added
 * next, allows them by hash), which styles it wherever it is served; and its
 * links are made root-absolute under the site's base path, which a page
 * cannot know from its own address: the path of the configured site URL
 * (/briefing/ for https://example.org/briefing/), or / without one. A
 * `<base href>` would do the links in one tag, but it would also send the
 * skip link's `#main` to the overview.
 */
export function notFoundPage(): AstroIntegration {
	let root: URL;
	return {
		name: 'not-found-page',
		hooks: {
			'astro:config:done': ({ config }) => {
				root = config.root;
			},
			'astro:build:done': async ({ dir }) => {
				const out = fileURLToPath(dir);
				const file = join(out, '404.html');
				if (!existsSync(file)) return;
				const briefing = parse(await readFile(new URL('content/briefing.yaml', root), 'utf8')) as { siteUrl?: string } | null;
				const base = basePath(resolveSiteUrl(briefing?.siteUrl));
				const html = await readFile(file, 'utf8');
				await writeFile(file, rebaseNotFoundPage(html, base, (href) => readFileSync(join(out, href), 'utf8')));
			},
		},
	};
}

/**
 * Rewrites a page that sits at the site's root (its URLs relative to it) so it
 * works at any address: stylesheets inlined, `readStylesheet` reading each
 * from its relative URL; every other relative URL prefixed with `base`.
 * Fragment-only, absolute and scheme URLs are left alone.
 */
export function rebaseNotFoundPage(html: string, base: string, readStylesheet: (href: string) => string): string {
	const relative = (url: string) => url !== '' && !/^([a-z][a-z0-9+.-]*:|\/|#)/i.test(url);
	const edits: { start: number; end: number; text: string }[] = [];
	scanHtml(html, {
		tag({ name, attributes, start, end }) {
			if (name === 'link' && attributes.rel === 'stylesheet' && relative(attributes.href ?? '')) {
				edits.push({ start, end, text: `<style>${readStylesheet(attributes.href)}</style>` });
				return;
			}
			const changed = URL_ATTRIBUTES.filter((a) => a in attributes && relative(attributes[a]));
			if (changed.length === 0) return;
			const next = { ...attributes };
			for (const a of changed) next[a] = `${base}${attributes[a].replace(/^\.\//, '')}`;
			const list = Object.entries(next).map(([k, v]) => ` ${k}="${escapeAttribute(v)}"`).join('');
			edits.push({ start, end, text: `<${name}${list}${html[end - 2] === '/' ? '/' : ''}>` });
		},
	});
	let out = '';
	let from = 0;
	for (const edit of edits) {
		out += html.slice(from, edit.start) + edit.text;
		from = edit.end;
	}
	return out + html.slice(from);
}
