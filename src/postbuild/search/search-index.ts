import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { sitePaths } from '../built-pages.ts';
import { LEFT_OUT_OF_SEARCH, pageEntries } from './entries.ts';
import { SEARCH_KIND } from '../../search/search-kinds.ts';
import { DISK_ENGINE } from '../../search/disk-engine.ts';
import { placesMeta } from './word-places.ts';
import { diskEngine, filesEverySearchLoads, isFetchedFile, twinScript, type PagefindLanguages } from './disk-transport.ts';
import { compoundsOf, fragmentTexts, vocabularyOf, vocabularyScript } from './vocabulary.ts';
import { VOCABULARY_SCRIPT } from '../../search/search-words.ts';
import { noteWords, wordsOnlyInNotes } from './note-words.ts';

/**
 * What readers' browsers load of Pagefind's bundle: the engine and what it
 * fetches, with WebAssembly only for the languages indexed. The bundled UIs
 * and the worker are not used.
 */
function shipped(name: string, wasm: Set<string>): boolean {
	const language = /^wasm\.([^.]+)\.pagefind$/.exec(name)?.[1];
	return name === 'pagefind.js' || (isFetchedFile(name) && (language === undefined || wasm.has(language)));
}

export interface SearchIndexResult {
	pages: number;
	entries: number;
	/** Files written under pagefind/, for the log and the tests. */
	files: string[];
	/** Distinct words in the vocabulary offered for corrections. */
	words: number;
	/** Words written only in notes, which the search names the notes of. */
	noteWords: number;
	/** The files a hosted search asks for ahead of its engine (src/client/search/engine.ts). */
	hostedPreload: string[];
}

/**
 * Builds the one search index, with Pagefind, and writes it twice over:
 * Pagefind's own files, which hosted readers' browsers fetch, and beside
 * each file a classic-script twin plus the engine as a classic script
 * (`pagefind.disk.js`), which a reader opening the folder from disk loads
 * instead. Both run Pagefind's own engine on the same files.
 *
 * Reading pages are indexed as HTML (`data-pagefind-body`); reference
 * entries (glossary, people, timeline, sources) and a section's dated note
 * of later events are added one record each, so that each can answer a
 * query with its own title and first sentence.
 * The index's words go to `assets/search-words.js`, from which a search that
 * finds nothing suggests a correction (src/client/search/suggestions.ts),
 * with the words written only in notes, whose notes it names instead
 * (src/client/search/note-words.ts).
 *
 * `onPagesSent` is called once every page and record has been handed to
 * Pagefind, when what is left is its own process indexing them and building
 * and writing the files, and this one mostly waits.
 */
export async function writeSearchIndex(root: string, pages: ReadonlyMap<string, string>, onPagesSent?: () => void): Promise<SearchIndexResult> {
	const fail = (step: string, errors: string[]) => {
		if (errors.length > 0) throw new Error(`Pagefind ${step} failed:\n${errors.join('\n')}`);
	};
	try {
		// Left out by selector rather than by an attribute on each (entries.ts says which, and why).
		const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en', keepIndexUrl: true, excludeSelectors: LEFT_OUT_OF_SEARCH });
		fail('createIndex', errors);
		let indexed = 0;
		let entries = 0;
		const inNotes: ReturnType<typeof noteWords>[] = [];
		// Each page and record is sent as soon as it is read, and the answers awaited at the end: Pagefind's process
		// indexes one while this one works out where the next page's words stand. Its errors are gathered, not thrown
		// as they come: one arriving while this thread yields, before anything awaits it, would end the build unexplained.
		const added: Promise<string[]>[] = [];
		const send = (what: string, adding: Promise<{ errors: string[] }>) =>
			added.push(adding.then((r) => r.errors.map((e) => `${what}: ${e}`), (e: unknown) => [e instanceof Error ? e.message : String(e)]));
		for (const [path, html] of pages) {
			// A page left out of search (the whole briefing on one page, say) gives no entries either: they would repeat its sections'.
			if (!html.includes('data-pagefind-body')) continue;
			const places = placesMeta(html, path);
			// Given to Pagefind alone: the built page does not carry it.
			// By a function: the places' digits include `$`, which a replacement string would read as a pattern.
			const withPlaces = html.replace('</body>', () => `<span data-pagefind-meta="places:${places.get(`/${path}`) ?? ''}"></span></body>`);
			send(path, index!.addHTMLFile({ url: `/${path}`, content: withPlaces }));
			indexed++;
			inNotes.push(noteWords(html, path));
			// An ally's row is shown under its page's badge (“Section 4”), where its kind alone named no page.
			const badge = /data-pagefind-meta="badge:([^"]+)"/.exec(html)?.[1];
			for (const entry of pageEntries(html, path)) {
				send(
					entry.url,
					index!.addCustomRecord({
						url: entry.url,
						content: entry.content,
						language: 'en',
						meta: { title: entry.title, summary: entry.summary, places: places.get(entry.url) ?? '', ...(entry.kind === SEARCH_KIND.position && badge ? { badge } : {}) },
						filters: { kind: [entry.kind] },
					}),
				);
				entries++;
			}
			// Node writes a message to Pagefind's process only as far as the pipe takes it, about one page, and the
			// rest when this thread next yields: without yielding, Pagefind began indexing once every page was sent,
			// and at 1,000 sections the search step took 9.9 s instead of 7.6.
			await new Promise((resolve) => setImmediate(resolve));
		}
		if (indexed === 0) throw new Error('Pagefind indexed no pages: is data-pagefind-body missing?');
		onPagesSent?.();
		// Once each: were Pagefind's process to end, every page still waiting would give its same error.
		fail('indexing', [...new Set((await Promise.all(added)).flat())]);
		// Written by Pagefind's own process: handed back to this one instead (getFiles), every file came as base64 in
		// JSON, which took longer at a thousand sections than building them.
		const folder = join(root, 'pagefind');
		fail('writeFiles', (await index!.writeFiles({ outputPath: folder })).errors);
		const names = sitePaths(folder);
		const languages = JSON.parse(readFileSync(join(folder, 'pagefind-entry.json'), 'utf8')).languages as PagefindLanguages;
		const wasm = new Set(Object.values(languages).flatMap((l) => (l.wasm ? [l.wasm] : [])));
		const preload = filesEverySearchLoads(languages, names);
		const written: string[] = [];
		// Written synchronously, as the built pages are (src/postbuild/built-pages.ts): thousands of small files.
		const write = (name: string, content: string | Uint8Array) => {
			writeFileSync(join(folder, name), content);
			written.push(name);
		};
		const texts: string[] = [];
		for (const name of names) {
			// Pagefind's bundled UIs and worker, and other languages' WebAssembly, are not for readers' browsers.
			if (!shipped(name, wasm)) {
				rmSync(join(folder, name));
				continue;
			}
			written.push(name);
			const content = readFileSync(join(folder, name));
			if (name.startsWith('fragment/')) texts.push(...fragmentTexts(name, content));
			if (isFetchedFile(name)) write(`${name}.js`, twinScript(name, content, preload.includes(name)));
			if (name === 'pagefind.js') write(DISK_ENGINE, await diskEngine(content.toString('utf8'), preload));
		}
		const words = vocabularyOf(texts);
		const onlyInNotes = wordsOnlyInNotes(inNotes, words);
		writeFileSync(join(root, VOCABULARY_SCRIPT), vocabularyScript(words, onlyInNotes, compoundsOf(texts)));
		// Not the entry: Pagefind asks for it with a query of the time (`?ts=…`), which no preload's address would match.
		const hostedPreload = preload.filter((name) => name !== 'pagefind-entry.json');
		return { pages: indexed, entries, files: written, words: words.length, noteWords: Object.keys(onlyInNotes).length, hostedPreload };
	} finally {
		await pagefind.close();
	}
}
