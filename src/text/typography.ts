import { MONTHS } from './months.ts';

const MONTH = `(?:${MONTHS.join('|')})`;
/** 2022-2024 or 2022-24 (not a date, 2024-11-29), 3-4 December, December 3-4. */
const RANGE_WITH_HYPHEN = new RegExp(`\\b((?:1[89]|20)\\d\\d)-((?:1[89]|20)\\d\\d|\\d\\d)\\b(?!-\\d)|\\b\\d{1,2}-\\d{1,2}\\s+${MONTH}\\b|\\b${MONTH}\\s+\\d{1,2}-\\d{1,2}\\b`, 'g');

/** A range of years or days written with a hyphen; of years, only where the second is later (2024-11 is a month). */
const rangeWithHyphen = {
	exec(text: string): { index: number } | undefined {
		for (const found of text.matchAll(RANGE_WITH_HYPHEN)) {
			const [, from, to] = found;
			if (from === undefined || Number(to.length === 2 ? from.slice(0, 2) + to : to) > Number(from)) return found;
		}
		return undefined;
	},
};

/** Typewriter marks and what to write instead. */
const MARKS: [{ exec(text: string): { index: number } | null | undefined }, string][] = [
	[/"/, 'a straight double quote: write “…” (and quote people word for word)'],
	[/'/, 'a straight apostrophe or single quote: write ’ or ‘…’'],
	[/(?<!-)--(?!-)/, 'a double hyphen: write an en dash – (or an em dash —)'],
	[/\.\.\./, 'three full stops: write an ellipsis …'],
	// Only a range of years or of days: a hyphen joins other numbers (ISO 3166-1) and stays.
	[rangeWithHyphen, 'a hyphen in a range of years or days: write an en dash (2022–2024, 3–4 December)'],
];

/** Where a text uses a typewriter mark: its index in the text and what to write instead, one per kind of mark. */
export function typewriterMarks(text: string): { index: number; message: string }[] {
	return MARKS.flatMap(([mark, message]) => {
		const found = mark.exec(text);
		return found ? [{ index: found.index, message }] : [];
	});
}
