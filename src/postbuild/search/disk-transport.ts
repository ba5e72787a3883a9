import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

/** Pagefind's engine, as a classic script that reads its files from disk: `pagefind/pagefind.disk.js`. */
export const DISK_ENGINE = 'pagefind.disk.js';
/** The global the disk engine defines: the same API as the module `pagefind.js` exports. */
export const DISK_GLOBAL = '__pagefindDisk';

const FETCH_SHIM = fileURLToPath(new URL('../../client/pagefind-disk-fetch.ts', import.meta.url));

/**
 * The files of Pagefind's bundle that the engine fetches while searching:
 * the entry, language metadata, WebAssembly, index chunks, fragments and
 * filters. Each gets a classic-script twin for reading from disk.
 */
export const isFetchedFile = (name: string) => /^(?:pagefind-entry\.json|[^/]+\.pf_meta|wasm\.[^/]+\.pagefind|index\/[^/]+\.pf_index|fragment\/[^/]+\.pf_fragment|filter\/[^/]+\.pf_filter)$/.test(name);

/** The classic-script twin of one bundle file: its bytes, base64, handed to the disk engine's loader. */
export function twinScript(name: string, bytes: Uint8Array): string {
	return `__pagefindFile(${JSON.stringify(name)},"${Buffer.from(bytes).toString('base64')}");\n`;
}

/**
 * Pagefind's own `pagefind.js`, turned into a classic script whose `fetch` is
 * the disk loader (src/client/pagefind-disk-fetch.ts). Classic scripts are
 * what a page opened from disk may load; module imports and fetch are not.
 * The engine is otherwise Pagefind's, byte for byte in behaviour, so results
 * from disk are those of the hosted site.
 *
 * Fails the build if Pagefind's bundle stops looking as this expects (a
 * `fetch` left unreplaced, or no exports), which is what an upgrade that
 * breaks the disk transport would look like.
 */
export async function diskEngine(pagefindJs: string): Promise<string> {
	const result = await build({
		stdin: { contents: pagefindJs, loader: 'js', sourcefile: 'pagefind.js' },
		bundle: true,
		format: 'iife',
		globalName: DISK_GLOBAL,
		inject: [FETCH_SHIM],
		define: { fetch: 'pagefindDiskFetch', 'import.meta.url': 'undefined' },
		target: 'es2022',
		minify: true,
		legalComments: 'none',
		write: false,
		logLevel: 'silent',
	});
	const code = result.outputFiles[0].text;
	for (const needed of ['init', 'search', 'options']) {
		if (!new RegExp(`\\b${needed}:`).test(code)) throw new Error(`Pagefind's pagefind.js no longer exports ${needed}(); the disk transport (src/postbuild/search/disk-transport.ts) needs updating for this Pagefind version`);
	}
	// Minified, the loader has a short name; a global fetch still called is spelt out.
	if (/(?<![.\w$])fetch\(/.test(code)) {
		throw new Error('a call to fetch() is left in the disk engine: Pagefind changed how it loads files, and the disk transport needs updating');
	}
	return code;
}
