import { Parser } from 'htmlparser2';
import { encodePlaces, glued, normalWord, wordParts, type WordPlaces } from '../../search/word-places.ts';
import { LEFT_OUT_OF_SEARCH } from './entries.ts';

/**
 * Where each search record's words stand on its page, as the browser will
 * look for them: what the search needs to write a text fragment that the
 * browser finds at the result's own place and nowhere else
 * (src/search/word-places.ts says what is recorded, and why).
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
export function wordPlaces(html: string, path: string): Map<string, WordPlaces> {
	return placesOf(pageWords(html, path));
}

/** A record a word may belong to; an entry's URL is known once its id is, which may be its heading's. */
interface Owner {
	url: string;
}

interface Frame {
	tag: string;
	owners: Owner[];
	inBody: boolean;
	/** The entry this element is in, and whether its title (its first heading) has been met. */
	entry?: { owner: Owner; titled: boolean };
}

/**
 * The words of a page's body in order, each with the records it belongs to.
 * Read with htmlparser2's tokenizer, not parsed into a tree: every page is
 * read, and a tree (hast, with selectors) cost a second at 200 sections.
 */
export function pageWords(html: string, path: string): PageWord[] {
	const page: Owner = { url: `/${path}` };
	const words: (PageWord & { ids: Owner[] })[] = [];
	let word: (PageWord & { ids: Owner[] }) | undefined;
	let blockBefore = false;
	const close = () => {
		word = undefined;
	};
	const stack: Frame[] = [{ tag: '', owners: [], inBody: false }];
	let unseen = 0;
	let body = false;
	const parser = new Parser(
		{
			onopentag(tag, attributes) {
				if (tag === 'body') body = true;
				const parent = stack.at(-1)!;
				if (unseen > 0 || UNSEEN.has(tag)) {
					unseen++;
					stack.push({ ...parent, tag });
					return;
				}
				if (BLOCKS.has(tag)) {
					close();
					blockBefore = true;
				}
				const frame: Frame = { tag, owners: parent.owners, inBody: parent.inBody, entry: parent.entry };
				const isEntry = 'data-search-entry' in attributes;
				let title = false;
				if (isEntry) {
					frame.entry = { owner: { url: attributes.id ? `/${path}#${attributes.id}` : '' }, titled: false };
					frame.owners = [...frame.owners, frame.entry.owner];
				} else if (frame.entry && !frame.entry.titled && HEADINGS.has(tag)) {
					// The entry's first heading is its title, which its record's text leaves out (entries.ts), and may hold its id.
					frame.entry.titled = title = true;
					frame.entry.owner.url ||= `/${path}#${attributes.id ?? ''}`;
				}
				if ('data-pagefind-body' in attributes && !frame.inBody) {
					frame.inBody = true;
					frame.owners = [...frame.owners, page];
				}
				// An entry keeps its own text where its page leaves it out (a dated note).
				const outOfPage = leftOut(tag, attributes, LEFT_OUT);
				const outOfEntry = !isEntry && (title || leftOut(tag, attributes, LEFT_OUT_OF_ENTRY));
				if (outOfPage || outOfEntry) frame.owners = frame.owners.filter((o) => (o === page ? !outOfPage : !outOfEntry));
				stack.push(frame);
			},
			ontext(text) {
				if (!body || unseen > 0) return;
				const owners = stack.at(-1)!.owners;
				let end = 0;
				WORD.lastIndex = 0;
				for (let match = WORD.exec(text); match; match = WORD.exec(text)) {
					const part = match[0];
					// Whitespace before it ends the word before.
					if (match.index > end) close();
					end = match.index + part.length;
					// A word that runs from a record's text into what it leaves out (“Stefanishyna” and a note's number) is two.
					if (word && word.ids !== owners && !sameOwners(word.ids, owners)) {
						// A browser takes them for one word all the same, and finds no word ending between them: so too
						// a number, its full stop and a note's number (“2008.28”, as “3.5” is one number).
						word.glued = glued(word.raw, part);
						close();
					}
					if (word) word.raw += part;
					else words.push((word = { raw: part, owners: NONE, ids: owners, blockBefore, glued: false }));
					blockBefore = false;
				}
				if (end < text.length) close();
			},
			onclosetag(tag) {
				const frame = stack.pop();
				if (!frame || frame.tag !== tag) throw new Error(`${path}: the page's tags do not nest (</${tag}>), so where its words stand cannot be read`);
				if (unseen > 0) {
					unseen--;
					return;
				}
				if (BLOCKS.has(tag)) {
					close();
					blockBefore = true;
				}
			},
		},
		{ decodeEntities: true },
	);
	parser.end(html);
	close();
	// By URL, now that every entry's is known; words that share their owners share one list.
	const urls = new Map<Owner[], string[]>();
	for (const w of words) w.owners = urls.get(w.ids) ?? urls.set(w.ids, w.ids.map((o) => o.url)).get(w.ids)!;
	return words;
}

const NONE: readonly string[] = [];
/** Punctuation inside a word, which may part it (wordParts). */
const INNER_PUNCTUATION = /[^\p{L}\p{N}]/u;
const WORD = /\S+/g;

const sameOwners = (a: Owner[], b: Owner[]) => a.length === b.length && a.every((o, i) => o === b[i]);

export interface PageWord {
	raw: string;
	/** The records the word belongs to, by URL. */
	owners: readonly string[];
	/** A block starts or ends between this word and the one before. */
	blockBefore: boolean;
	/** The next word follows with no space, letter or digit against letter or digit. */
	glued?: boolean;
}

/** Each record's places, from the page's words in order. */
function placesOf(words: readonly PageWord[]): Map<string, WordPlaces> {
	// Words as numbers, and runs of them as one number each: a page's few thousand words are looked up by the hundred thousand.
	const ids = new Map<string, number>();
	const idOf = (norm: string) => {
		let n = ids.get(norm);
		if (n === undefined) ids.set(norm, (n = ids.size));
		return n;
	};
	const norms = words.map((w) => normalWord(w.raw));
	const id = norms.map(idOf);
	// A browser finds a word inside one that punctuation parts (“4” in “3–4”, “Atlantic” in “Euro-Atlantic”): a run
	// may stand there too, begun by a word's last part or ended by one's first.
	const headId = new Array<number>(words.length).fill(-1);
	const tailId = new Array<number>(words.length).fill(-1);
	norms.forEach((norm, i) => {
		if (!INNER_PUNCTUATION.test(norm)) return;
		const parts = wordParts(norm);
		if (parts.length > 1) [headId[i], tailId[i]] = [idOf(parts[0]), idOf(parts.at(-1)!)];
	});
	const size = Math.max(2, ids.size);
	/** The run of two or three words from `i`, as one number. */
	const pairAt = (i: number) => id[i] * size + id[i + 1];
	const gramAt = (i: number) => pairAt(i) * size + id[i + 2];
	/** The same, with another id for its first or last word. */
	const key = (i: number, n: 2 | 3, start = id[i], end = id[i + n - 1]) => (n === 3 ? (start * size + id[i + 1]) * size + end : start * size + end);
	/** The words that punctuation parts, where such runs begin or end. */
	const parted = headId.flatMap((n, i) => (n >= 0 ? [i] : []));
	/** How often each run of `n` words stands inside the page's words, begun or ended inside a parted word. */
	const insideRuns = (n: 2 | 3) => {
		const within = new Map<number, number>();
		const add = (k: number) => within.set(k, (within.get(k) ?? 0) + 1);
		for (const i of parted) {
			if (i + n <= words.length) add(key(i, n, tailId[i]));
			if (i - n + 1 >= 0) add(key(i - n + 1, n, id[i - n + 1], headId[i]));
		}
		return within;
	};
	const owns = (i: number, record: string) => words[i]?.owners.includes(record) ?? false;
	/** The records that hold the words from `i` on, `n` of them, side by side. */
	const holders = (i: number, n: number) => {
		const first = words[i].owners;
		const rest = words.slice(i + 1, i + n);
		// Words in the same element share one list of owners.
		return rest.every((w) => w.owners === first) ? first : first.filter((r) => rest.every((w) => w.owners.includes(r)));
	};
	/**
	 * Where a record holds a run of `n` words that stands elsewhere on the page outside it: the run's first word, by
	 * record. A run found inside words counts as elsewhere even in the record, whose text the search compares word by
	 * word.
	 */
	const shadowedRuns = (n: 2 | 3, only?: Set<number>) => {
		// Only runs that stand twice or more can stand elsewhere: the first place of each, and every place of those.
		const once = new Map<number, number>();
		const found = new Map<number, number[]>();
		const within = insideRuns(n);
		const keyAt = n === 3 ? gramAt : pairAt;
		for (let i = 0; i + n <= words.length; i++) {
			const own = keyAt(i);
			if (only && !only.has(own)) continue;
			const first = once.get(own);
			if (first === undefined) once.set(own, i);
			else (found.get(own) ?? found.set(own, [first]).get(own)!).push(i);
		}
		for (const k of within.keys()) if (once.has(k) && !found.has(k)) found.set(k, [once.get(k)!]);
		const shadowed = new Map<string, Set<number>>();
		for (const [k, at] of found) {
			const held = at.map((i) => holders(i, n));
			const tally = new Map<string, number>();
			for (const records of held) for (const r of records) tally.set(r, (tally.get(r) ?? 0) + 1);
			const places = at.length + (within.get(k) ?? 0);
			held.forEach((records, j) => {
				for (const r of records) if (places > tally.get(r)!) (shadowed.get(r) ?? shadowed.set(r, new Set()).get(r)!).add(at[j]);
			});
		}
		return shadowed;
	};
	const at = new Map<string, number[]>();
	words.forEach((w, i) => w.owners.forEach((r) => (at.get(r) ?? at.set(r, []).get(r)!).push(i)));
	const places = new Map<string, WordPlaces>();
	const openAt = new Map<string, number[]>();
	for (const [record, positions] of at) {
		const place: WordPlaces = { words: positions.length, shadowed: [], broken: [], glued: [], open: [], closed: [], openShadowed: [] };
		positions.forEach((pageAt, n) => {
			const next = positions[n + 1];
			if (next !== undefined && next !== pageAt + 1) place.broken.push(n);
			if (words[pageAt].glued && !owns(pageAt + 1, record)) place.glued.push(n);
			if (next === pageAt + 1 && words[next].blockBefore) (/[\p{L}\p{N}]$/u.test(words[pageAt].raw) ? place.open : place.closed).push(n);
		});
		openAt.set(record, place.open.map((n) => positions[n]));
		places.set(record, place);
	}
	const grams = shadowedRuns(3);
	const pairs = shadowedRuns(2, new Set([...openAt.values()].flat().map(pairAt)));
	for (const [record, place] of places) {
		const positions = at.get(record)!;
		positions.forEach((pageAt, n) => grams.get(record)?.has(pageAt) && place.shadowed.push(n));
		place.open.forEach((n) => pairs.get(record)?.has(positions[n]) && place.openShadowed.push(n));
	}
	return places;
}

/** The places of every record on a page, each as its `places` meta. */
export function placesMeta(html: string, path: string): Map<string, string> {
	return new Map([...wordPlaces(html, path)].map(([url, places]) => [url, encodePlaces(places)]));
}

/**
 * Whether an element is one of these selectors, each a tag name or an
 * attribute (`[data-footnote-ref]`): all the forms the site's lists of what
 * search leaves out use, which Pagefind is given as selectors too.
 */
function leftOut(tag: string, attributes: Record<string, string>, { tags, attributes: names }: Selectors): boolean {
	return tags.has(tag) || names.some((name) => name in attributes);
}

interface Selectors {
	tags: Set<string>;
	attributes: string[];
}

function selectors(list: readonly string[]): Selectors {
	for (const selector of list) {
		if (!/^(?:\[[\w-]+\]|[a-z][a-z0-9]*)$/.test(selector)) throw new Error(`src/postbuild/search/word-places.ts reads only tag names and [attributes], not “${selector}” (LEFT_OUT_OF_SEARCH)`);
	}
	return { tags: new Set(list.filter((s) => !s.startsWith('['))), attributes: list.filter((s) => s.startsWith('[')).map((s) => s.slice(1, -1)) };
}

/** What Pagefind leaves out of a page's text: what the site marks, and what it leaves out unasked. */
const LEFT_OUT = selectors(['[data-pagefind-ignore]', ...LEFT_OUT_OF_SEARCH, 'svg', 'form', 'script', 'style', 'noscript']);
const LEFT_OUT_OF_ENTRY = selectors(['[data-pagefind-ignore]', ...LEFT_OUT_OF_SEARCH]);

const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4']);

/** Never text on the page. */
const UNSEEN = new Set(['head', 'script', 'style', 'template', 'title']);

/** Where a browser's text fragment term cannot run on, and where Pagefind ends a sentence. */
const BLOCKS = new Set(
	'address article aside blockquote br caption dd details dialog div dl dt fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 header hgroup hr li main nav ol p pre section summary table tbody td tfoot th thead tr ul'.split(' '),
);
