import { createHash } from 'node:crypto';
import { DOWNLOADS, manifestLine, SERVICE_WORKER_FILE, type OfflineManifest } from './offline-protocol.ts';

/** The worker's code, compiled from src/client/service-worker.ts by the client-scripts step. */
const SERVICE_WORKER_CODE = 'assets/service-worker.js';

/**
 * Files a reader's offline copy leaves out: the two downloads (a reader who
 * saves the site has no use for the site again, zipped), the worker's own
 * scripts (the browser keeps those), files only hosts read, and Pagefind's
 * ready-made interfaces, which the site never loads (it has its own).
 */
const NOT_STORED_FILES = new Set<string>([...DOWNLOADS, SERVICE_WORKER_FILE, SERVICE_WORKER_CODE, '_headers', 'robots.txt']);
const NOT_STORED = [/^pagefind\/pagefind-(ui|component-ui|modular-ui)\.(js|css)$/, /^pagefind\/pagefind-highlight\.js$/];
const stored = (path: string) => !NOT_STORED_FILES.has(path) && !NOT_STORED.some((pattern) => pattern.test(path));
/** The files the version does not hash: the worker, which states it, and the downloads, the zip holding the worker. */
const UNVERSIONED = new Set<string>([SERVICE_WORKER_FILE, ...DOWNLOADS]);

/** A file's bytes, or its bytes in parts (a page cut where it states sizes), in order. */
export type SiteFile = Uint8Array | readonly Uint8Array[];

const partsOf = (file: SiteFile): readonly Uint8Array[] => (file instanceof Uint8Array ? [file] : file);

/** Each whole file's digest, kept while its bytes are: the manifest is made once per pass of the zip. */
const digests = new WeakMap<Uint8Array, string>();

function digest(file: SiteFile): string {
	if (file instanceof Uint8Array) {
		let hex = digests.get(file);
		if (hex === undefined) digests.set(file, (hex = createHash('sha256').update(file).digest('hex')));
		return hex;
	}
	const hash = createHash('sha256');
	for (const part of file) hash.update(part);
	return hash.digest('hex');
}

/**
 * What "save for offline" stores, from the built site's files (path → bytes,
 * or a page's bytes in parts).
 * The version hashes every file but the worker and the downloads, including
 * files that are not stored (the worker's code), so any change reaches readers.
 */
export function offlineManifest(site: ReadonlyMap<string, SiteFile>): OfflineManifest {
	const paths = [...site.keys()].sort();
	const version = createHash('sha256');
	for (const path of paths) if (!UNVERSIONED.has(path)) version.update(`${path}\0${digest(site.get(path)!)}\n`);
	return {
		version: version.digest('hex').slice(0, 16),
		files: paths
			.filter(stored)
			.map((path) => [path, partsOf(site.get(path)!).reduce((n, part) => n + part.byteLength, 0)]),
	};
}

/**
 * The worker at the root: the manifest, then the compiled code. A classic
 * script; its bytes change with the version, which is how browsers notice an
 * update. The query on the import keeps an HTTP cache from serving the old code.
 */
export function serviceWorkerScript(manifest: OfflineManifest): string {
	return [
		'// Generated at build from the site\'s files: what "save for offline" stores, and the version that replaces it.',
		manifestLine(manifest),
		`importScripts(${JSON.stringify(`${SERVICE_WORKER_CODE}?v=${manifest.version}`)});`,
		'',
	].join('\n');
}
