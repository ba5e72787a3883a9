import { describe, expect, it } from 'vitest';
import { firstSentence, pageEntries } from '../../src/postbuild/search/entries.ts';
import { gzipSync } from 'node:zlib';
import { filesEverySearchLoads, isFetchedFile, twinScript } from '../../src/postbuild/search/disk-transport.ts';

const PAGE = `<!doctype html><html lang="en"><body><nav>menu</nav><article>
<section data-search-entry="Glossary" aria-labelledby="consensus"><h2 id="consensus">Consensus<a data-pagefind-ignore="all">#</a></h2>
<p data-search-summary>Agreement by all Allies. No vote is taken. <span data-pagefind-ignore>Source: NATO.</span></p></section>
<section data-search-entry="Who’s who" aria-labelledby="fico"><h2 id="fico">Robert Fico</h2><p data-search-summary>Prime Minister · Slovakia</p>
<p>Warned of “war”</p><p>Said “never.”</p><p>Spoke again.</p></section>
<ol><li id="letter" data-search-entry="Timeline" data-search-title="29 November 2024: The letter"><span data-pagefind-ignore>29 November 2024 The letter.</span> <span data-search-summary>Sybiha writes to allies.</span></li>
<li id="reuters-1" data-search-entry="Source" data-search-title="Reuters, Ukraine asks" data-search-summary="News, 29 November 2024">News Reuters, Ukraine asks, 29 November 2024.</li></ol>
</article></body></html>`;

describe('reference entries as search records', () => {
	it('reads each entry: where it opens, its kind, its title, its first sentence or the summary it gives, and its text less the title and what search ignores', () => {
		expect(pageEntries(PAGE, 'glossary.html')).toEqual([
			{ url: '/glossary.html#consensus', kind: 'Glossary', title: 'Consensus', summary: 'Agreement by all Allies.', content: 'Agreement by all Allies. No vote is taken.' },
			// A block that ends without punctuation is ended with a full stop, so that it does not run on into the next.
			{ url: '/glossary.html#fico', kind: 'Who’s who', title: 'Robert Fico', summary: 'Prime Minister · Slovakia', content: 'Prime Minister · Slovakia. Warned of “war”. Said “never.” Spoke again.' },
			{ url: '/glossary.html#letter', kind: 'Timeline', title: '29 November 2024: The letter', summary: 'Sybiha writes to allies.', content: 'Sybiha writes to allies.' },
			{ url: '/glossary.html#reuters-1', kind: 'Source', title: 'Reuters, Ukraine asks', summary: 'News, 29 November 2024', content: 'News Reuters, Ukraine asks, 29 November 2024.' },
		]);
	});
	it('finds none on a page without entries', () => {
		expect(pageEntries('<article data-pagefind-body><p data-search-summary>x</p></article>', 'a.html')).toEqual([]);
	});
	it('reads a dated note kept out of its page’s own record, so that it is a record of its own, without its note numbers', () => {
		const page = `<article data-pagefind-body><p>The section.</p><aside data-search-entry="Update" data-pagefind-ignore="all"><h2 id="after-note-2024-12-04">After this briefing: note of 4 December 2024</h2>
<p data-pagefind-ignore>This note reports later events.</p><div data-search-summary><p>No invitation was issued.<sup><a href="#fn-1" data-footnote-ref>1</a></sup> Ministers met.</p></div></aside></article>`;
		expect(pageEntries(page, 'alliance-reaction.html')).toEqual([
			{ url: '/alliance-reaction.html#after-note-2024-12-04', kind: 'Update', title: 'After this briefing: note of 4 December 2024', summary: 'No invitation was issued.', content: 'No invitation was issued. Ministers met.' },
		]);
	});
	it('names the page and entry when an entry cannot be a result', () => {
		expect(() => pageEntries('<div><p data-search-entry="Glossary">no id</p></div>', 'glossary.html')).toThrow(/glossary\.html: search entry \(no id\) has no id/);
		expect(() => pageEntries('<div><p id="a" data-search-entry="Glossary"><b>x</b></p></div>', 'glossary.html')).toThrow(/#a has no title/);
	});
	it('finds the first sentence without stopping at initials or decimals', () => {
		expect(firstSentence('Founded in 1949. It grew.')).toBe('Founded in 1949.');
		expect(firstSentence('Approved by 2.5 votes in the U.S. senate')).toBe('Approved by 2.5 votes in the U.S. senate');
		expect(firstSentence('“It is.” Then more.')).toBe('“It is.”');
	});
});

describe('the disk transport’s files', () => {
	it('twins exactly the files Pagefind fetches while searching', () => {
		for (const name of ['pagefind-entry.json', 'pagefind.en_0a1b.pf_meta', 'wasm.en.pagefind', 'index/en_1.pf_index', 'fragment/en_2.pf_fragment', 'filter/en_3.pf_filter']) expect(isFetchedFile(name), name).toBe(true);
		for (const name of ['pagefind.js', 'pagefind-ui.js', 'pagefind-worker.js', 'pagefind-highlight.js', 'index/en_1.pf_index.js']) expect(isFetchedFile(name), name).toBe(false);
	});
	it('writes a twin that hands back the very bytes', () => {
		const bytes = new Uint8Array([0, 1, 2, 250, 255]);
		let got: [string, string] | undefined;
		new Function('__pagefindFile', twinScript('index/en_1.pf_index', bytes))((name: string, b64: string) => (got = [name, b64]));
		expect(got![0]).toBe('index/en_1.pf_index');
		expect(new Uint8Array(Buffer.from(got![1], 'base64'))).toEqual(bytes);
	});
	it('unzips a twin when asked, only where what it holds carries Pagefind’s mark of unzipped data', () => {
		const twinBytes = (script: string) => {
			let b64 = '';
			new Function('__pagefindFile', script)((_: string, b: string) => (b64 = b));
			return Buffer.from(b64, 'base64');
		};
		const data = Buffer.concat([Buffer.from('pagefind_dcd'), Buffer.from([0, 97, 115, 109])]);
		const zipped = gzipSync(data);
		expect(twinBytes(twinScript('wasm.en.pagefind', zipped, true))).toEqual(data);
		expect(twinBytes(twinScript('wasm.en.pagefind', zipped))).toEqual(zipped);
		// Zipped, but not Pagefind's: the engine would fail on it unzipped, so it is left as it is.
		const foreign = gzipSync(Buffer.from('something else'));
		expect(twinBytes(twinScript('wasm.en.pagefind', foreign, true))).toEqual(foreign);
		expect(twinBytes(twinScript('pagefind-entry.json', Buffer.from('{}'), true))).toEqual(Buffer.from('{}'));
	});
	it('names the files every search waits for: the entry, and for one language its metadata, WebAssembly and filters', () => {
		const files = ['pagefind-entry.json', 'pagefind.en_0a1b.pf_meta', 'wasm.en.pagefind', 'filter/en_3.pf_filter', 'filter/en_4.pf_filter', 'index/en_1.pf_index', 'fragment/en_2.pf_fragment'];
		const one = { en: { hash: 'en_0a1b', wasm: 'en' } };
		expect(filesEverySearchLoads(one, files)).toEqual(['pagefind-entry.json', 'pagefind.en_0a1b.pf_meta', 'wasm.en.pagefind', 'filter/en_3.pf_filter', 'filter/en_4.pf_filter']);
		// With two, which a page needs is the engine's to say: only the entry is asked for ahead.
		const two = { en: { hash: 'en_0a1b', wasm: 'en' }, fr: { hash: 'fr_9c8d', wasm: 'fr' } };
		expect(filesEverySearchLoads(two, files)).toEqual(['pagefind-entry.json']);
	});
});
