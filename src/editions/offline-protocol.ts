/**
 * What the page's control (src/client/keep-offline.ts) and the service worker
 * (src/client/service-worker.ts) agree on. Cache names carry the site's
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
export const DOWNLOADS = ['briefing.epub', 'briefing.zip'] as const;

export type OfflineMessage =
	| { type: typeof MESSAGE_TYPE; state: 'progress'; version: string; done: number; total: number; bytes: number; totalBytes: number }
	| { type: typeof MESSAGE_TYPE; state: 'stored'; version: string; total: number; totalBytes: number }
	| { type: typeof MESSAGE_TYPE; state: 'failed'; version: string; error: string };

export interface OfflineManifestData {
	version: string;
	files: [path: string, bytes: number][];
}

/** The manifest the root service-worker.js starts with (offline-manifest.ts writes it). */
export function manifestFromWorkerScript(script: string): OfflineManifestData {
	const json = /^self\.BRIEFING_OFFLINE=(.*);$/m.exec(script)?.[1];
	if (!json) throw new Error('service-worker.js holds no manifest');
	return JSON.parse(json) as OfflineManifestData;
}
