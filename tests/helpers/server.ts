import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';

const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.json': 'application/json',
	'.svg': 'image/svg+xml',
	'.wasm': 'application/wasm',
	'.txt': 'text/plain; charset=utf-8',
	// As Debian's /etc/mime.types gives it, and so Python's and other hosts' servers: without a charset.
	'.bib': 'text/x-bibtex',
};

export interface StaticServer {
	/** Base URL of the site, ending in `/` (includes the sub-path when there is one). */
	url: string;
	close(): Promise<void>;
}

/**
 * Serves a folder over http on loopback, as a static host would: at the root,
 * or under a sub-path (`/briefing/`) to prove the build does not assume the root.
 * Unknown paths get 404.html with status 404, like Netlify or GitHub Pages.
 * A request for a file for which `stall(path)` is true (its path from the site's folder) is answered only once it is not.
 */
export async function serveStatic(dir: string, prefix = '/', { cache = false, stall = () => false }: { cache?: boolean; stall?: (path: string) => boolean } = {}): Promise<StaticServer> {
	const server: Server = createServer(async function answer(req, res) {
		const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
		// A host that takes the request and does not answer while it is stalled, as on a connection that has all but dropped.
		if (stall(path.slice(prefix.length))) {
			// Until the client has gone, or the server closed.
			if (!req.socket.destroyed) setTimeout(() => void answer(req, res), 100);
			return;
		}
		const send = async (file: string, status = 200) => {
			// Tests want every load fresh; the benchmark measures a warm reader, as a host's caching gives.
			res.writeHead(status, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': cache ? 'public, max-age=600' : 'no-cache' });
			// A file gone between the look and the read (a test deploying a new build over the folder) ends the
			// response, as a host mid-deploy would, rather than throwing out of the test run.
			createReadStream(file).on('error', () => res.destroy()).pipe(res);
		};
		if (!path.startsWith(prefix)) {
			res.writeHead(404).end('outside the site');
			return;
		}
		let file = normalize(join(dir, path.slice(prefix.length)));
		if (!file.startsWith(normalize(dir))) {
			res.writeHead(403).end();
			return;
		}
		try {
			if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
			await stat(file);
			await send(file);
		} catch {
			await send(join(dir, '404.html'), 404);
		}
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as AddressInfo;
	return {
		url: `http://127.0.0.1:${port}${prefix}`,
		close: () =>
			new Promise((resolve) => {
				server.close(() => resolve());
				// Requests left unanswered (`stall`) would hold it open.
				server.closeAllConnections();
			}),
	};
}
