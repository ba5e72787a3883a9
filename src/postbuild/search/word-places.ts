import type { Element, Root, RootContent } from 'hast';
import { matches, select } from 'hast-util-select';
import { encodePlaces, normalWord, type WordPlaces } from '../../text/word-places.ts';
import { LEFT_OUT_OF_SEARCH } from './entries.ts';

/**
 * Where each search record's words stand on its page, as the browser will
 * look for them: what the search needs to write a text fragment that the
 * browser finds at the result's own place and nowhere else
 * (src/text/word-places.ts says what is recorded, and why).
 *
 * The page's text is read as a browser finds text: every text node in the
 * body, in order, hidden or not (more text can only make the search more
 * careful). Each word belongs to the records whose text holds it: the page's
 * own record (its `data-pagefind-body`, less what Pagefind leaves out) and
 * the entry it is in (a `data-search-entry`, less its title and what it
 * leaves out; entries.ts), or none. A record's words, taken in order, are
 * its text as the index holds it, word for word: the search checks the
 * count before it trusts the rest.
 */
export function wordPlaces(tree: Root, path: string): Map<string, WordPlaces> {
	return placesOf(pageWords(tree, path));
}

/** The words of a page's body in order, each with the records it belongs to. */
export function pageWords(tree: Root, path: string): PageWord[] {
	const words: PageWord[] = [];
	let word: PageWord | undefined;
	let blockBefore = false;
	const close = () => {
		if (word && word.raw) words.push(word);
		word = undefined;
	};
	const visit = (node: Root | RootContent, owners: readonly string[], entry: Element | undefined, inBody: boolean) => {
		if (node.type === 'text') {
			const key = owners.join(' ');
			for (const part of node.value.split(/(\s+)/)) {
				if (part === '') continue;
				if (/^\s+$/.test(part)) {
					close();
					continue;
				}
				// A word that runs from a record's text into what it leaves out (“Stefanishyna” and a note's number) is two.
				if (word && word.key !== key) {
					// A browser takes them for one word all the same, and finds no word ending between them.
					word.glued = /[\p{L}\p{N}]$/u.test(word.raw) && /^[\p{L}\p{N}]/u.test(part);
					close();
				}
				if (!word) {
					word = { raw: '', key, owners, blockBefore };
					blockBefore = false;
				}
				word.raw += part;
			}
			return;
		}
		if (node.type === 'root') {
			for (const child of node.children) visit(child, owners, entry, inBody);
			return;
		}
		if (node.type !== 'element' || UNSEEN.has(node.tagName)) return;
		const block = BLOCKS.has(node.tagName);
		if (block) {
			close();
			blockBefore = true;
		}
		let own = owners;
		let within = entry;
		const body = inBody || node.properties.dataPagefindBody !== undefined;
		if (node.properties.dataSearchEntry !== undefined) {
			within = node;
			own = [...owners, recordUrl(path, node)];
		}
		if (body && !inBody) own = [...own, pageUrl(path)];
		if (own.length > 0) {
			// An entry keeps its own text even where its page leaves the entry out (a dated note); its title is not its text.
			own = own.filter((owner) => {
				if (owner === pageUrl(path)) return !matches(LEFT_OUT, node);
				return node === within || !(matches(LEFT_OUT_OF_ENTRY, node) || (within && node === entryTitle(within)));
			});
		}
		for (const child of node.children) visit(child, own, within, body);
		if (block) {
			close();
			blockBefore = true;
		}
	};
	visit(select('body', tree) ?? tree, [], undefined, false);
	close();
	return words;
}

export interface PageWord {
	raw: string;
	/** The records the word belongs to, as one string, to tell where a word leaves one for another. */
	key: string;
	owners: readonly string[];
	/** A block starts or ends between this word and the one before. */
	blockBefore: boolean;
	/** The next word follows with no space, letter or digit against letter or digit. */
	glued?: boolean;
}

/** Each record's places, from the page's words in order. */
export function placesOf(words: readonly PageWord[]): Map<string, WordPlaces> {
	const norms = words.map((w) => normalWord(w.raw));
	const gramAt = (i: number) => `${norms[i]} ${norms[i + 1]} ${norms[i + 2]}`;
	const windows = new Map<string, number[]>();
	for (let i = 0; i + 2 < words.length; i++) {
		const gram = gramAt(i);
		const at = windows.get(gram);
		if (at) at.push(i);
		else windows.set(gram, [i]);
	}
	const pairAt = (i: number) => `${norms[i]} ${norms[i + 1]}`;
	const pairs = new Map<string, number[]>();
	for (let i = 0; i + 1 < words.length; i++) {
		const at = pairs.get(pairAt(i));
		if (at) at.push(i);
		else pairs.set(pairAt(i), [i]);
	}
	const records = new Set(words.flatMap((w) => w.owners));
	const places = new Map<string, WordPlaces>();
	for (const record of records) {
		const owns = (i: number) => words[i]?.owners.includes(record) ?? false;
		// A window of three words the record holds side by side on the page.
		const own = (i: number) => owns(i) && owns(i + 1) && owns(i + 2);
		const at: number[] = [];
		words.forEach((_, i) => owns(i) && at.push(i));
		const place: WordPlaces = { words: at.length, shadowed: [], broken: [], glued: [], open: [], closed: [], openShadowed: [] };
		at.forEach((pageAt, n) => {
			const next = at[n + 1];
			if (next !== undefined && next !== pageAt + 1) place.broken.push(n);
			if (words[pageAt].glued && !owns(pageAt + 1)) place.glued.push(n);
			if (next === pageAt + 1 && words[next].blockBefore) {
				const open = /[\p{L}\p{N}]$/u.test(words[pageAt].raw);
				(open ? place.open : place.closed).push(n);
				if (open && pairs.get(pairAt(pageAt))!.some((other) => other !== pageAt && !(owns(other) && owns(other + 1)))) place.openShadowed.push(n);
			}
			if (own(pageAt) && windows.get(gramAt(pageAt))!.some((other) => other !== pageAt && !own(other))) place.shadowed.push(n);
		});
		places.set(record, place);
	}
	return places;
}

/** The places of every record on a page, each as its `places` meta. */
export function placesMeta(tree: Root, path: string): Map<string, string> {
	return new Map([...wordPlaces(tree, path)].map(([url, places]) => [url, encodePlaces(places)]));
}

const pageUrl = (path: string) => `/${path}`;

/** As entries.ts names an entry's record: its id, or its heading's. */
function recordUrl(path: string, entry: Element): string {
	const heading = select('h1, h2, h3, h4', entry);
	return `/${path}#${String(entry.properties.id ?? heading?.properties.id ?? '')}`;
}

/** An entry's heading, its title, which its record's text leaves out (entries.ts). */
const entryTitle = (entry: Element) => select('h1, h2, h3, h4', entry);

/** What Pagefind leaves out of a page's text: what the site marks, and what it leaves out unasked. */
const LEFT_OUT = ['[data-pagefind-ignore]', ...LEFT_OUT_OF_SEARCH, 'svg', 'form', 'script', 'style', 'noscript'].join(', ');
const LEFT_OUT_OF_ENTRY = ['[data-pagefind-ignore]', ...LEFT_OUT_OF_SEARCH].join(', ');

/** Never text on the page. */
const UNSEEN = new Set(['head', 'script', 'style', 'template', 'title']);

/** Where a browser's text fragment term cannot run on, and where Pagefind ends a sentence. */
const BLOCKS = new Set(
	'address article aside blockquote br caption dd details dialog div dl dt fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 header hgroup hr li main nav ol p pre section summary table tbody td tfoot th thead tr ul'.split(' '),
);
