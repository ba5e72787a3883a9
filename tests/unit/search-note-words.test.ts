import { describe, expect, it } from 'vitest';
import { namesIn, noteWords, wordsOnlyInNotes } from '../../src/postbuild/search/note-words.ts';
import { onlyInNotes } from '../../src/client/search/note-words.ts';
import { statusText } from '../../src/client/search/status.ts';

/** A section's notes as the build writes them: a way back after each note's text. */
const page = (notes: string) =>
	`<html><body><article data-pagefind-body data-pagefind-meta="badge:Section 4"><p>The text.</p></article>
	<section data-footnotes class="footnotes"><h2>Notes</h2><ol>${notes}</ol></section></body></html>`;

describe('namesIn', () => {
	it('takes the words with a capital that no sentence, colon, quotation or bracket begins, an initial being no sentence’s end', () => {
		expect(namesIn('Xinhua reported that leaders failed despite pressure from President George W. Bush.')).toEqual(['President', 'George', 'W', 'Bush']);
		expect(namesIn('The heads met at Harpsund, Sweden; Latvia sent its minister. Fourteen is simple: Arithmetic “Quoted” (Aside)')).toEqual(['Harpsund', 'Sweden', 'Latvia']);
	});
});

describe('noteWords', () => {
	it('finds each name of a note under its number and the page’s badge, and not in its ways back', () => {
		const words = noteWords(
			page(
				'<li id="fn-one"><p>Met at Harpsund. <a href="#fnref-one" data-footnote-backref aria-label="Back">↩<sup>2</sup></a></p></li>' +
					'<li id="fn-two"><p>Reported by Xinhua, also at Harpsund; <a data-footnote-backref>Back to Nowhere</a></p></li>',
			),
			'alliance-reaction.html',
		);
		expect(words.get('harpsund')).toEqual([
			['alliance-reaction.html#fn-one', 'Section 4, note 1'],
			['alliance-reaction.html#fn-two', 'Section 4, note 2'],
		]);
		expect(words.get('xinhua')).toEqual([['alliance-reaction.html#fn-two', 'Section 4, note 2']]);
		expect(words.has('nowhere')).toBe(false);
		expect(words.has('back')).toBe(false);
	});

	it('keeps of them only the names the index holds nowhere, any page’s notes together', () => {
		const first = noteWords(page('<li id="fn-a"><p>See Harpsund and Xinhua.</p></li>'), 'background.html');
		const second = noteWords(page('<li id="fn-b"><p>At Harpsund too.</p></li>'), 'alliance-reaction.html');
		expect(wordsOnlyInNotes([first, second], ['Xinhua', 'membership'])).toEqual({
			harpsund: [
				['background.html#fn-a', 'Section 4, note 1'],
				['alliance-reaction.html#fn-b', 'Section 4, note 1'],
			],
		});
	});
});

describe('onlyInNotes', () => {
	const notes = { harpsund: [['a.html#fn-1', 'Section 1, note 1'] as [string, string]], bush: Array.from({ length: 5 }, (_, i) => [`b.html#fn-${i}`, `Section 2, note ${i}`] as [string, string]) };
	it('gives the words typed that are written only in notes, each once and as typed, with at most three notes', () => {
		expect(onlyInNotes('Harpsund summit harpsund', notes)).toEqual([{ words: ['Harpsund'], notes: notes.harpsund }]);
		expect(onlyInNotes('George Bush', notes)).toEqual([{ words: ['Bush'], notes: notes.bush.slice(0, 3) }]);
		expect(onlyInNotes('quasar', notes)).toEqual([]);
	});
	it('names words written in the same notes together, and those in others apart', () => {
		const more = { ...notes, george: notes.bush.slice(0, 3) };
		// “George W. Bush” had named the same note twice, once for each word.
		const same = { ...notes, george: notes.bush, walker: notes.bush };
		expect(onlyInNotes('George Walker Bush', same)).toEqual([{ words: ['George', 'Walker', 'Bush'], notes: notes.bush.slice(0, 3) }]);
		expect(onlyInNotes('George Harpsund', more)).toEqual([
			{ words: ['George'], notes: notes.bush.slice(0, 3) },
			{ words: ['Harpsund'], notes: notes.harpsund },
		]);
		// The same first three of more notes are not the same notes (a maintainer's review).
		expect(onlyInNotes('George Bush', more).map((f) => f.words)).toEqual([['George'], ['Bush']]);
	});
});

describe('statusText', () => {
	it('says a search found nothing in the text, not “try other words”, when a word is only in notes', () => {
		const found = { query: 'Harpsund', results: [], sources: [], more: false, inNotes: [{ words: ['Harpsund'], notes: [['a.html#fn-1', 'Section 4, note 10'] as [string, string]] }] };
		expect(statusText('Harpsund', found)).toEqual({ text: 'No results for “Harpsund” in the text.' });
	});
	it('says that the briefing does not name a person it searched for as their ally, not that these are its words for them', () => {
		const found = { query: 'France', rewritten: 'unnamed' as const, unnamed: ['Macron'], results: [{ url: 'a.html', title: 'France', badge: '', text: '', subResults: [] }], sources: [], more: false };
		expect(statusText('Macron', found)).toEqual({ text: '1 result for “France”, for “Macron”, whom the briefing does not name.' });
	});
});
