import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { collectAffiliations } from '../data/affiliations.ts';
import { collectSpellings } from '../data/spellings.ts';
import { minifyCss } from '../styles/minify-css.ts';

/** Each of these files in src/client/ becomes assets/<name>.js. */
export const CLIENT_SCRIPTS = ['search', 'footnotes', 'keep-offline', 'service-worker'] as const;

/**
 * One of the reader's scripts, compiled to a classic (non-module) script.
 * Astro emits `type="module"` scripts, which Chromium and Firefox refuse to
 * load from file://; a classic script loads anywhere. The search script gets
 * the content's spelling variants, and who speaks for which ally, compiled in.
 */
export async function compileClientScript(name: string, srcDir: URL, content: URL): Promise<string> {
	const result = await build({
		entryPoints: [fileURLToPath(new URL(`client/${name}.ts`, srcDir))],
		bundle: true,
		format: 'iife',
		target: 'es2022',
		minify: true,
		legalComments: 'none',
		write: false,
		charset: 'utf8',
		define: { __SPELLINGS__: JSON.stringify(collectSpellings(content)), __AFFILIATIONS__: JSON.stringify(collectAffiliations(content)) },
	});
	return result.outputFiles[0].text;
}

/** Stylesheets that come with a script, not with the page: src/client/<name>.css becomes assets/<file>. */
export const CLIENT_STYLES = { 'search-results': 'search.css' } as const;

export async function compileClientStyle(name: keyof typeof CLIENT_STYLES, srcDir: URL): Promise<string> {
	return minifyCss(await readFile(new URL(`client/${name}.css`, srcDir), 'utf8'), `src/client/${name}.css`);
}

/** Writes every client script and its stylesheet into assets/. The names carry no hash: pages load them on demand by a fixed relative URL. */
export async function writeClientScripts(root: string, srcDir: URL, content: URL): Promise<void> {
	await mkdir(join(root, 'assets'), { recursive: true });
	for (const name of CLIENT_SCRIPTS) await writeFile(join(root, 'assets', `${name}.js`), await compileClientScript(name, srcDir, content));
	for (const [name, file] of Object.entries(CLIENT_STYLES)) await writeFile(join(root, 'assets', file), await compileClientStyle(name as keyof typeof CLIENT_STYLES, srcDir));
}
