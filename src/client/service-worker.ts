import { cachePrefix, DOWNLOADS, MANIFEST_GLOBAL, manifestLine, MESSAGE_TYPE, needsConnectionPage, NOT_FOUND_PAGE, notFoundPageIn, SERVICE_WORKER_FILE, type OfflineManifest, type OfflineMessage } from '../editions/offline-protocol.ts';

/**
 * The service worker behind "Keep this briefing for offline reading". The
 * root service-worker.js, written at build, sets the manifest (every file to
 * store, and the build's version) and imports this. Installing stores every
 * file in a cache named for the version, telling the page its progress;
 * activating removes older copies of this site; afterwards every request in
 * the site's folder is answered from the copy, so pages and search work with
 * the network off, but for pages, which come from the host while it answers
 * within a few seconds, so that a reader online reads the latest text. A new
 * build changes service-worker.js, which the browser notices and installs:
 * the copy is replaced whole, never mixed, and while it is stored the site
 * is read from the host.
 */

interface Client { postMessage(message: OfflineMessage): void }
interface ExtendableEvent extends Event { waitUntil(promise: Promise<unknown>): void }
interface FetchEvent extends Event { request: Request; respondWith(response: Promise<Response>): void }
declare const self: {
	[MANIFEST_GLOBAL]: OfflineManifest;
	registration: { scope: string; installing: object | null; waiting: object | null };
	clients: { matchAll(options: object): Promise<Client[]>; claim(): Promise<void> };
	skipWaiting(): Promise<void>;
	addEventListener(type: 'install' | 'activate', listener: (event: ExtendableEvent) => void): void;
	addEventListener(type: 'fetch', listener: (event: FetchEvent) => void): void;
};

const { version, files } = self[MANIFEST_GLOBAL];
const SCOPE = self.registration.scope;
const PREFIX = cachePrefix(SCOPE);
const CACHE = PREFIX + version;
const totalBytes = files.reduce((sum, [, bytes]) => sum + bytes, 0);
/** Files fetched at once while storing: enough to fill a connection, few enough not to flood a host. */
const AT_ONCE = 6;

/** A message without the fields every message has. */
type Message<M = OfflineMessage> = M extends OfflineMessage ? Omit<M, 'type' | 'version'> : never;
async function tell(message: Message) {
	for (const client of await self.clients.matchAll({ type: 'window', includeUncontrolled: true })) {
		client.postMessage({ type: MESSAGE_TYPE, version, ...message } as OfflineMessage);
	}
}

async function store() {
	const cache = await caches.open(CACHE);
	let done = 0;
	let bytes = 0;
	const queue = [...files];
	// Once one file fails, the others stop, and say nothing more: their progress, told after the failure, had put the
	// page's control back to “Saving…”.
	let failed = false;
	const worker = async () => {
		for (let file = queue.shift(); file && !failed; file = queue.shift()) {
			const url = new URL(file[0], SCOPE).href;
			try {
				// Past the HTTP cache: the copy must be this version's files, not older ones a cache kept.
				const response = await fetch(url, { cache: 'no-cache' });
				if (!response.ok) throw new Error(`${file[0]}: HTTP ${response.status}`);
				await cache.put(url, await inUtf8(response));
			} catch (error) {
				failed = true;
				throw error;
			}
			if (failed) return;
			done += 1;
			bytes += file[1];
			void tell({ state: 'progress', done, total: files.length, bytes, totalBytes });
		}
	};
	try {
		await Promise.all(Array.from({ length: AT_ONCE }, worker));
	} catch (error) {
		await caches.delete(CACHE);
		await tell({ state: 'failed', error: error instanceof Error ? error.message : String(error) });
		throw error;
	}
}

self.addEventListener('install', (event) => {
	event.waitUntil(store().then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
	event.waitUntil(
		(async () => {
			for (const name of await caches.keys()) if (name.startsWith(PREFIX) && name !== CACHE) await caches.delete(name);
			await self.clients.claim();
			await tell({ state: 'stored', total: files.length, totalBytes });
		})(),
	);
});

self.addEventListener('fetch', (event) => {
	const { request } = event;
	if (request.method !== 'GET' || !request.url.startsWith(SCOPE)) return;
	event.respondWith(answer(request));
});

/**
 * How long a page from the host is waited for before the copy answers: long enough for a phone on a slow
 * connection to get the latest text, short enough that a reader whose connection has all but gone is not left waiting.
 */
const PAGE_WAIT_MS = 3000;

/**
 * A request in the site's folder. Pages come from the host while it answers within PAGE_WAIT_MS: the copy had
 * answered them first, and a reader online met the old text, with no word of it, at the first visit after a
 * correction. Everything else comes from the copy. While a newer build is being stored (the browser found a new
 * service-worker.js), everything comes from the host, so that a page is not read with an older build's scripts and
 * search index. With the network gone or the host failing, the copy answers; the host is asked once at most.
 */
async function answer(request: Request): Promise<Response> {
	const url = new URL(request.url);
	url.hash = '';
	const page = request.mode === 'navigate';
	const live = page || self.registration.installing || self.registration.waiting ? fetch(request) : undefined;
	if (live) {
		const first = await Promise.race([live.catch(() => undefined), ...(page ? [wait(PAGE_WAIT_MS)] : [])]);
		// A host's own failure is no answer when the copy has one.
		if (first && first.status < 500) return first;
		const stored = await fromCopy(url, page);
		if (stored) return stored;
		// Not in the copy: the host's answer, slow or failing, is the only one.
		return live.catch((error: unknown) => whenUnreachable(url, page, error));
	}
	return (await fromCopy(url, page)) ?? fetch(request).catch((error: unknown) => whenUnreachable(url, page, error));
}

/**
 * A text file as stored, its type saying it is UTF-8, as everything the site writes is: a host that gave a citation
 * file's type without a charset (`text/x-bibtex`) had it read from the copy as Windows-1252, “Ukraineâ€™s” for
 * “Ukraine’s” (an offline reader's trial).
 */
async function inUtf8(response: Response): Promise<Response> {
	const type = response.headers.get('content-type') ?? '';
	if (!/^text\//i.test(type) || /charset=/i.test(type)) return response;
	const headers = new Headers(response.headers);
	headers.set('content-type', `${type}; charset=utf-8`);
	return new Response(await response.blob(), { status: response.status, statusText: response.statusText, headers });
}

const wait = (ms: number) => new Promise<undefined>((resolve) => setTimeout(resolve, ms));

/** The copy's file for a URL, if it holds it. */
async function fromCopy(url: URL, page: boolean): Promise<Response | undefined> {
	// The folder's own URL is its index.html; queries (search terms, Pagefind's cache-busting) do not change a file.
	const path = url.href === SCOPE || url.href.startsWith(`${SCOPE}?`) ? new URL('index.html', SCOPE).href : url.href;
	// CacheStorage.match with a name never creates the cache, as caches.open would after "remove".
	const stored = await caches.match(path, { cacheName: CACHE, ignoreSearch: true });
	// A page asked for without its .html, as hosts with short addresses show them, is the page.
	return stored ?? (page && /\/[^/.]+$/.test(url.pathname) ? caches.match(`${url.origin}${url.pathname}.html`, { cacheName: CACHE }) : undefined);
}

/** What answers a request the copy does not hold, with the network gone. */
async function whenUnreachable(url: URL, page: boolean, error: unknown): Promise<Response> {
	// The control states the copy's size from this script's manifest: with the network gone, the one it was made by.
	if (url.href === new URL(SERVICE_WORKER_FILE, SCOPE).href) return manifestScript();
	// By path alone: a link may carry a query.
	const missing = page ? await caches.match(new URL(NOT_FOUND_PAGE, SCOPE).href, { cacheName: CACHE }) : undefined;
	if (page && DOWNLOADS.some((file) => url.pathname === new URL(file, SCOPE).pathname)) return needsConnection(missing);
	if (missing) return notFound(missing);
	throw error;
}

/**
 * The page for a missing address as a host serves it, with status 404 (the
 * copy had answered 200), its links leading into the folder the copy was
 * kept from.
 */
async function notFound(stored: Response): Promise<Response> {
	const html = notFoundPageIn(await stored.text(), new URL(SCOPE).pathname);
	return new Response(html, { status: 404, statusText: 'Not Found', headers: { 'Content-Type': 'text/html; charset=utf-8' } });
}

/** The manifest as the root service-worker.js sets it, which manifestFromWorkerScript reads. */
function manifestScript(): Response {
	return new Response(`${manifestLine(self[MANIFEST_GLOBAL])}\n`, { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
}

/**
 * A download asked for with the network off: the copy leaves the downloads
 * out, and the page for a missing address had said there was no such page.
 * It says so in that page's dress (offline-protocol.ts).
 */
async function needsConnection(notFound: Response | undefined): Promise<Response> {
	const html = needsConnectionPage(notFound && notFoundPageIn(await notFound.text(), new URL(SCOPE).pathname));
	return new Response(html, { status: 503, headers: { 'Content-Type': 'text/html; charset=utf-8' } });
}
