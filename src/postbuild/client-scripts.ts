import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { collectAffiliations } from '../data/affiliations.ts';
import { collectSpellings } from '../data/spellings.ts';
import { minifyCss } from '../styles/minify-css.ts';
import { scriptHref } from '../site/urls.ts';

/** Each of these files in src/client/ becomes assets/<name>.js. */
export const CLIENT_SCRIPTS = ['search', 'footnotes', 'keep-offline', 'service-worker'] as const;

/**
 * One of the reader's scripts, compiled to a classic (non-module) script.
 * Astro emits `type="module"` scripts, which Chromium and Firefox refuse to
 * load from file://; a classic script loads anywhere. The search script gets
 * the content's spelling variants, and who speaks for which ally, compiled in,
 * and the names of the Pagefind files a hosted search asks for ahead of its
 * engine (`preload`, known once the index is written; none in dev).
 */
export async function compileClientScript(name: string, srcDir: URL, content: URL, preload: string[] = []): Promise<string> {
	// Search's alone: the spellings read every content file for its acronyms, a second at 1,000 sections.
	const define: Record<string, string> = name === 'search' ? { __SPELLINGS__: JSON.stringify(collectSpellings(content)), __AFFILIATIONS__: JSON.stringify(collectAffiliations(content)), __PAGEFIND_PRELOAD__: JSON.stringify(preload) } : {};
	const result = await build({
		entryPoints: [fileURLToPath(new URL(`client/${name}.ts`, srcDir))],
		bundle: true,
		format: 'iife',
		target: 'es2022',
		minify: true,
		legalComments: 'none',
		write: false,
		charset: 'utf8',
		define,
	});
	return result.outputFiles[0].text;
}

/** Stylesheets that come with a script, not with the page: src/client/<name>.css becomes assets/<file>. */
export const CLIENT_STYLES = { 'search-results': 'search.css' } as const;

export async function compileClientStyle(name: keyof typeof CLIENT_STYLES, srcDir: URL): Promise<string> {
	return minifyCss(await readFile(new URL(`client/${name}.css`, srcDir), 'utf8'), `src/client/${name}.css`);
}

/** Where the search script is written: after the index, whose files it names (`writeSearchScript`). */
export const SEARCH_SCRIPT = scriptHref('search').slice(1);

/**
 * Writes every client script but search's, and the stylesheets, into
 * assets/. The names carry no hash: pages load them on demand by a fixed
 * relative URL.
 */
export async function writeClientScripts(root: string, srcDir: URL, content: URL): Promise<void> {
	await mkdir(join(root, 'assets'), { recursive: true });
	for (const name of CLIENT_SCRIPTS) if (name !== 'search') await writeFile(join(root, 'assets', `${name}.js`), await compileClientScript(name, srcDir, content));
	for (const [name, file] of Object.entries(CLIENT_STYLES)) await writeFile(join(root, 'assets', file), await compileClientStyle(name as keyof typeof CLIENT_STYLES, srcDir));
}

/** The search script, once the index is written: `preload` names the files a hosted search asks for ahead of its engine. */
export async function writeSearchScript(root: string, srcDir: URL, content: URL, preload: string[]): Promise<void> {
	await writeFile(join(root, SEARCH_SCRIPT), await compileClientScript('search', srcDir, content, preload));
}
