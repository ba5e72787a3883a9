import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { DISK_GLOBAL } from '../../search/disk-engine.ts';

const FETCH_SHIM = fileURLToPath(new URL('../../client/pagefind-disk-fetch.ts', import.meta.url));

/**
 * The files of Pagefind's bundle that the engine fetches while searching:
 * the entry, language metadata, WebAssembly, index chunks, fragments and
 * filters. Each gets a classic-script twin for reading from disk.
 */
export const isFetchedFile = (name: string) => /^(?:pagefind-entry\.json|[^/]+\.pf_meta|wasm\.[^/]+\.pagefind|index\/[^/]+\.pf_index|fragment\/[^/]+\.pf_fragment|filter\/[^/]+\.pf_filter)$/.test(name);

/** What Pagefind's files begin with once unzipped, and what tells its engine that they need no unzipping. */
const UNZIPPED = Buffer.from('pagefind_dcd');

/**
 * The classic-script twin of one bundle file: its bytes, base64, handed to
 * the disk engine's loader. `unzip` stores them unzipped: Pagefind's engine
 * unzips in JavaScript, on the main thread, unless the bytes already begin
 * with its mark of unzipped data (as where a server sends them zipped and
 * the browser unzips them). Worth it for the files every search waits for,
 * the WebAssembly above all (60 KB zipped, 10–15 ms of a first search to
 * unzip); not for index chunks and fragments, which unzipped are three
 * times the text for the browser to read.
 */
export function twinScript(name: string, bytes: Uint8Array, unzip = false): string {
	let data = Buffer.from(bytes);
	if (unzip && data[0] === 0x1f && data[1] === 0x8b) {
		const unzipped = gunzipSync(data);
		if (unzipped.subarray(0, UNZIPPED.length).equals(UNZIPPED)) data = unzipped;
	}
	return `__pagefindFile(${JSON.stringify(name)},"${data.toString('base64')}");\n`;
}

/** The languages `pagefind-entry.json` lists: each one's index hash (`en_0a1b`) and WebAssembly, if it has its own. */
export type PagefindLanguages = Record<string, { hash: string; wasm?: string }>;

/**
 * The files Pagefind's engine reads before it can answer anything: the
 * entry, which names the language's metadata and WebAssembly, those two,
 * and the filter index (every search here is filtered). Only for an index
 * of one language: with more, which one a page needs is the engine's to say.
 */
export function filesEverySearchLoads(languages: PagefindLanguages, files: string[]): string[] {
	const indexed = Object.values(languages);
	if (indexed.length !== 1) return ['pagefind-entry.json'];
	const [{ hash, wasm }] = indexed;
	const language = hash.replace(/_.*$/, '');
	const filters = files.filter((name) => name.startsWith(`filter/${language}_`) && name.endsWith('.pf_filter'));
	return ['pagefind-entry.json', `pagefind.${hash}.pf_meta`, ...(wasm ? [`wasm.${wasm}.pagefind`] : []), ...filters];
}

/**
 * Pagefind's own `pagefind.js`, turned into a classic script whose `fetch` is
 * the disk loader (src/client/pagefind-disk-fetch.ts). Classic scripts are
 * what a page opened from disk may load; module imports and fetch are not.
 * The engine is otherwise Pagefind's, byte for byte in behaviour, so results
 * from disk are those of the hosted site.
 *
 * `preload` names the files every search waits for (see `filesEverySearchLoads`):
 * the loader asks for them all as soon as the engine arrives, where the
 * engine would ask for each only once it had read the one before.
 *
 * Fails the build if Pagefind's bundle stops looking as this expects (a
 * `fetch` left unreplaced, or no exports), which is what an upgrade that
 * breaks the disk transport would look like.
 */
export async function diskEngine(pagefindJs: string, preload: string[]): Promise<string> {
	const result = await build({
		stdin: { contents: pagefindJs, loader: 'js', sourcefile: 'pagefind.js' },
		bundle: true,
		format: 'iife',
		globalName: DISK_GLOBAL,
		inject: [FETCH_SHIM],
		define: {
			fetch: 'pagefindDiskFetch',
			'import.meta.url': 'undefined',
			// A string: esbuild 0.28 fails on an array defined into an injected file.
			__PRELOAD__: JSON.stringify(JSON.stringify(preload)),
		},
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
