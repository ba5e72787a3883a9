import { mkdir, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { build, type BuildOptions } from 'esbuild';
import { collectSpellings } from '../data/spellings.ts';

/** Each file in src/client/ becomes /assets/<name>.js. */
const CLIENT_SCRIPTS = ['search', 'footnotes', 'keep-offline', 'service-worker'] as const;

/**
 * Compiles the reader's scripts to classic (non-module) scripts. Astro emits
 * `type="module"` scripts, which Chromium and Firefox refuse to load from
 * file://; a classic script loads anywhere. The names carry no hash: pages
 * load them on demand by a fixed relative URL. The search script gets the
 * content's spelling variants compiled in.
 */
export function clientScripts(options: { content: URL }): AstroIntegration {
	let srcDir: URL;
	const buildOptions = (entry: string): BuildOptions => ({
		entryPoints: [fileURLToPath(new URL(`client/${entry}.ts`, srcDir))],
		bundle: true,
		format: 'iife',
		target: 'es2022',
		minify: true,
		legalComments: 'none',
		write: false,
		charset: 'utf8',
		define: { __SPELLINGS__: JSON.stringify(collectSpellings(options.content)) },
	});
	const compile = async (entry: string) => (await build(buildOptions(entry))).outputFiles![0].text;

	return {
		name: 'client-scripts',
		hooks: {
			'astro:config:setup': ({ config }) => {
				srcDir = config.srcDir;
			},
			// In dev, compile on request so the same URLs work as in the build.
			'astro:server:setup': ({ server }) => {
				server.middlewares.use(async (req, res, next) => {
					const name = /^\/assets\/([a-z-]+)\.js$/.exec(req.url ?? '')?.[1];
					if (!name || !(CLIENT_SCRIPTS as readonly string[]).includes(name)) return next();
					res.setHeader('content-type', 'text/javascript');
					res.end(await compile(name));
				});
			},
			'astro:build:done': async ({ dir }) => {
				const out = new URL('assets/', dir);
				await mkdir(out, { recursive: true });
				for (const name of CLIENT_SCRIPTS) await writeFile(new URL(`${name}.js`, out), await compile(name));
			},
		},
	};
}
