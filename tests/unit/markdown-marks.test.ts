import { describe, expect, it } from 'vitest';
import { markdownInPlainText, markdownLeftAsTyped } from '../../src/text/markdown-marks.ts';
import { typewriterMarks } from '../../src/text/typography.ts';

const kinds = (text: string) => markdownLeftAsTyped(text).map((m) => m.message.split(':')[0]);

describe('markdownLeftAsTyped', () => {
	it('finds a link, a note mark of two words, a reference link and an asterisk the parser left as typed', () => {
		expect(kinds('Read [the story¹](https://example.org/story).')).toEqual(['“](” left as typed, not a link']);
		expect(kinds('Text.[^two words]')).toEqual(['a note mark “[^…]” left as typed']);
		expect(kinds('See [NATO][nato-site].')).toEqual(['“][” left as typed']);
		expect(kinds('**Important, unclosed.')).toEqual(['an asterisk left as typed']);
	});

	it('leaves to the notes’ check a label never defined, and takes an editor’s brackets and an escaped asterisk as prose', () => {
		expect(kinds('about quokkas.[^2]')).toEqual([]);
		expect(kinds('“[…][t]he door remains open”, with a figure\\* and “they [the allies] agreed”.')).toEqual([]);
		// An asterisk that opens nothing is shown as typed by any Markdown: a word censored, a product (an author's trial).
		expect(kinds('saying “F*** the EU”, 5 * 3 tranches')).toEqual([]);
		expect(kinds('And *nobody denied it.')).toEqual(['an asterisk left as typed']);
	});
});

describe('markdownInPlainText', () => {
	it('refuses emphasis, code, a note mark and a link, quoting what would show', () => {
		expect(markdownInPlainText('In the *Financial Times*.')).toMatch(/^“\*Financial Times\*” would show as typed/);
		expect(markdownInPlainText('See `code`.')).toMatch(/^“`”/);
		expect(markdownInPlainText('He insisted[^sky] so.')).toMatch(/^“\[\^sky\]”/);
		expect(markdownInPlainText('The [invitation](/glossary.html#invitation) itself.')).toMatch(/^“\]\(”/);
		expect(markdownInPlainText('The policy was <b>unknown</b>.')).toMatch(/^“<b>” would show as typed: this field is plain text, where HTML is not read/);
		expect(markdownInPlainText('A vote in <em class="x">parliament</em>.')).toMatch(/^“<em class="x">”/);
		// Not a comparison, nor an arrow.
		for (const text of ['fewer than 5 < 6 allies', 'a < b and c > d', 'Kyiv -> Brussels']) expect(markdownInPlainText(text), text).toBeUndefined();
	});

	it('lets through what a quotation word for word may hold, which plain text shows as it is', () => {
		for (const text of ['“F*** the EU”', '“[…][t]he door remains open”', 'a 5* rating', '“we [the allies] agree”']) expect(markdownInPlainText(text), text).toBeUndefined();
	});
});

describe('typewriterMarks, on ranges', () => {
	it('refuses a range of years or days written with a hyphen, but not a month of a year or numbers a hyphen joins', () => {
		const ranges = (text: string) => typewriterMarks(text).filter((m) => m.message.startsWith('a hyphen in a range')).map((m) => m.index);
		expect(ranges('From 2022-2024 on')).toEqual([5]);
		expect(ranges('the 1990-91 war')).toEqual([4]);
		expect(ranges('on 3-4 December')).toEqual([3]);
		expect(ranges('on December 3-4')).toEqual([3]);
		for (const text of ['accessed 2024-11', 'on 2024-11-29', 'ISO 3166-1', 'an F-16', 'the Su-27', '3–4 December']) expect(ranges(text), text).toEqual([]);
	});
});
