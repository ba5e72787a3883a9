import type { AstroIntegration } from 'astro';
import { CITABLE_PAGES, citationFile } from './citation-files.ts';
import type { CitablePage } from '../publication/citable-pages.ts';
import { CLIENT_SCRIPTS, CLIENT_STYLES, compileClientScript, compileClientStyle } from './client-scripts.ts';

/** The dev server `astro:server:setup` gives, whose middlewares answer before Astro's pages. */
type DevServer = Parameters<NonNullable<AstroIntegration['hooks']['astro:server:setup']>>[0]['server'];

/**
 * In dev, the files the build writes after the pages, made on request: the
 * reader's scripts and their stylesheet, compiled from src/client/, and the
 * citation files, from the list of citable pages the dev server renders.
 * The same URLs as in the build, so pages link to them alike.
 */
export function serveOnRequest(server: DevServer, srcDir: URL, content: URL): void {
	server.middlewares.use(async (req, res, next) => {
		// By path alone: a query string (a cache-buster, say) asks for the same file.
		const path = new URL(req.url ?? '/', 'http://dev').pathname;
		try {
			if (path.startsWith('/cite/')) {
				const list = await fetch(`http://${req.headers.host}/${CITABLE_PAGES}`);
				if (!list.ok) throw new Error(`/${CITABLE_PAGES} answered ${list.status}, so ${path} cannot be made`);
				const file = citationFile((await list.json()) as CitablePage[], path.slice(1));
				return file === undefined ? next() : res.end(file);
			}
			const [, name, type] = /^\/assets\/([a-z-]+)\.(js|css)$/.exec(path) ?? [];
			const style = Object.entries(CLIENT_STYLES).find(([, file]) => file === `${name}.${type}`)?.[0] as keyof typeof CLIENT_STYLES | undefined;
			if (type === 'css' && style) {
				res.setHeader('content-type', 'text/css');
				return res.end(await compileClientStyle(style, srcDir));
			}
			if (type !== 'js' || !(CLIENT_SCRIPTS as readonly string[]).includes(name)) return next();
			res.setHeader('content-type', 'text/javascript');
			res.end(await compileClientScript(name, srcDir, content));
		} catch (error) {
			// To Vite's error page and log, not an unhandled rejection that ends the dev server.
			next(error);
		}
	});
}
