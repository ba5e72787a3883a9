import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import { inject } from 'vitest';

/** Reading the fresh build (tests/setup/build-site.ts) from disk. */
export const dist = () => inject('dist');

export function files(ext?: string): string[] {
	return readdirSync(dist(), { recursive: true, withFileTypes: true })
		.filter((e) => e.isFile() && (!ext || e.name.endsWith(ext)))
		.map((e) => relative(dist(), join(e.parentPath, e.name)).split(sep).join('/'))
		.sort();
}

const trees = new Map<string, Root>();
export function page(path: string): Root {
	if (!trees.has(path)) trees.set(path, fromHtml(readFileSync(join(dist(), path), 'utf8')));
	return trees.get(path)!;
}

export const read = (path: string) => readFileSync(join(dist(), path), 'utf8');
export const $ = (selector: string, path: string) => select(selector, page(path)) as Element | undefined;
export const $$ = (selector: string, path: string) => selectAll(selector, page(path)) as Element[];
export const text = (node: Element | Root) => toText(node).replace(/\s+/g, ' ').trim();

/** Section slugs, in order, from content/sections/NN-slug.mdx. */
export function sectionSlugs(): string[] {
	return readdirSync(join(dist(), '..', 'content', 'sections'))
		.filter((n) => n.endsWith('.mdx'))
		.sort()
		.map((n) => n.replace(/^\d+-/, '').replace(/\.mdx$/, ''));
}
