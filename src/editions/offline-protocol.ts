import { URL_ATTRIBUTES } from '../site/urls.ts';

/**
 * What the page's control (src/client/keep-offline.ts), the service worker
 * (src/client/service-worker.ts) and the build that writes the worker's
 * manifest and the downloads (editions.ts) agree on. Cache names carry the site's
 * folder, so two copies of the site on one host (/ and /briefing/) keep and
 * remove their own stores only.
 */
export const cachePrefix = (scope: string) => `briefing-offline ${scope} `;

export const MESSAGE_TYPE = 'briefing-offline';

/**
 * The downloads, which the offline copy leaves out (offline-manifest.ts):
 * asked for with the network off, the worker says so rather than serve the
 * page for an address that does not exist.
 */
export const EPUB_FILE = 'briefing.epub';
export const ZIP_FILE = 'briefing.zip';
export const DOWNLOADS = [EPUB_FILE, ZIP_FILE] as const;

/** The service worker, at the site's root so that its scope is the site's folder. */
export const SERVICE_WORKER_FILE = 'service-worker.js';
/** The global through which the root worker script hands the worker its manifest. */
export const MANIFEST_GLOBAL = 'BRIEFING_OFFLINE';

/** The page a host serves for a missing address, at any depth. */
export const NOT_FOUND_PAGE = '404.html';

/** The attribute of the 404 page's root element that holds the path its links are rooted at (postbuild/not-found-page.ts). */
export const NOT_FOUND_BASE_ATTRIBUTE = 'data-base';

/** The base path the 404 page's links are rooted at, from its root element, if `html` holds it. */
export const notFoundBase = (html: string) => new RegExp(`<html\\b[^>]*\\s${NOT_FOUND_BASE_ATTRIBUTE}="([^"]*)"`).exec(html)?.[1];

/**
 * The 404 page as the offline copy serves it from the folder it was kept
 * from (`folder`, a path ending in /): its links are rooted at the site's
 * base path as the build knew it, / without a configured site URL, and a
 * copy kept under /briefing/ had sent every link out of the briefing. With
 * `folder` empty, its links are relative to the site's root, where it is
 * (the zip's copy). `base` is read from the page unless given, for a part of it.
 */
export function notFoundPageIn(html: string, folder: string, base = notFoundBase(html)): string {
	if (base === undefined || base === folder) return html;
	// URLs rooted at the base, not at another host (//); not other attributes that begin with a slash (the search
	// box's aria-keyshortcuts, “/ Control+K”). A regular expression, not the build's HTML parser: this runs in the
	// reader's worker, on a page the build wrote, whose attributes are all quoted.
	return html.replace(/(\s)([\w:-]+)="([^"]*)"/g, (attribute, space: string, name: string, value: string) =>
		URL_ATTRIBUTES.has(name) && value.startsWith(base) && !value.startsWith('//') ? `${space}${name}="${folder}${value.slice(base.length) || (folder ? '' : './')}"` : attribute,
	);
}

const NEEDS_CONNECTION = {
	title: 'Download needs a connection',
	body:
		'<h1>This download needs a connection</h1><p>The copy kept in this browser for offline reading holds every page of the briefing and its search, but not the EPUB or the zipped site to download. Connect to the internet and try again.</p><p><a href="./">Back to the briefing</a></p>',
};

/**
 * The page a download asked for with the network off gets: the site's page
 * for a missing address (`notFound`, as notFoundPageIn gives it), with its
 * header, styles and themes, saying so; bare, the page had looked like the
 * site broken. Plain where the copy holds no such page.
 */
export function needsConnectionPage(notFound?: string): string {
	if (notFound && /<main\b[^>]*>[\s\S]*<\/main>/.test(notFound)) {
		return notFound
			.replace(/<title>[^<·]*/, `<title>${NEEDS_CONNECTION.title} `)
			.replace(/(<main\b[^>]*>)[\s\S]*(<\/main>)/, `$1<div class="prose">${NEEDS_CONNECTION.body}</div>$2`);
	}
	return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${NEEDS_CONNECTION.title}</title></head><body><main>${NEEDS_CONNECTION.body}</main></body></html>`;
}

export type OfflineMessage =
	| { type: typeof MESSAGE_TYPE; state: 'progress'; version: string; done: number; total: number; bytes: number; totalBytes: number }
	| { type: typeof MESSAGE_TYPE; state: 'stored'; version: string; total: number; totalBytes: number }
	| { type: typeof MESSAGE_TYPE; state: 'failed'; version: string; error: string };

/** What "save for offline" stores, as the root worker script sets it (offline-manifest.ts makes it). */
export interface OfflineManifest {
	/** Changes whenever any file of the site changes, so the browser installs the new worker and replaces the copy. */
	version: string;
	/** Paths from the site's root, with their sizes in bytes, sorted. */
	files: [path: string, bytes: number][];
}

/** The root worker script's line that sets the manifest, as the build writes it and the worker serves it again. */
export const manifestLine = (manifest: OfflineManifest) => `self.${MANIFEST_GLOBAL}=${JSON.stringify(manifest)};`;

/** The manifest the root worker script starts with. */
export function manifestFromWorkerScript(script: string): OfflineManifest {
	const json = new RegExp(`^self\\.${MANIFEST_GLOBAL}=(.*);$`, 'm').exec(script)?.[1];
	if (!json) throw new Error(`${SERVICE_WORKER_FILE} holds no manifest`);
	return JSON.parse(json) as OfflineManifest;
}
