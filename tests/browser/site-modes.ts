import { pathToFileURL } from 'node:url';
import { inject } from 'vitest';

/** The three ways the same dist/ is read: from disk, at a host's root, under a sub-path. */
export function siteModes(): { name: string; base: string }[] {
	return [
		{ name: 'file://', base: `${pathToFileURL(inject('dist')).href}/` },
		{ name: 'http at the root', base: inject('rootUrl') },
		{ name: 'http under /briefing/', base: inject('subPathUrl') },
	];
}

/** A page's URL in a mode: pages are files (`index.html`), whatever the host. */
export const pageUrl = (base: string, path: string) => new URL(path, base).href;
