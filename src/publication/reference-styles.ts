import { MONTHS } from '../text/months.ts';
import type { CitedWork, Person } from './work.ts';

/** A formatted reference: plain text, with the parts a style sets in italics marked. */
export type Reference = (string | { em: string })[];

const [y, m, d] = [(date: string) => date.slice(0, 4), (date: string) => MONTHS[Number(date.slice(5, 7)) - 1], (date: string) => Number(date.slice(8, 10))];

/** Ends a sentence, unless the text already does (a title ending in “?”). */
const sentence = (text: string) => (/[.?!]$/.test(text) ? text : `${text}.`);
const initials = (given: string) => given.split(/\s+/).map((n) => n.split('-').map((p) => `${p[0]}.`).join('-')).join(' ');

/** Names joined with a serial comma: the first name is inverted in both styles, so even two take one. */
function list(names: string[], and: string): string {
	return names.length <= 1 ? names.join('') : `${names.slice(0, -1).join(', ')}, ${and} ${names.at(-1)}`;
}

/**
 * APA 7. The date is the page's own last update (APA dates a web work by
 * when its content last changed); the genre follows the title in brackets;
 * the publisher is left out when it is the group author. Titles keep the
 * sentence case they are written in.
 */
export function apa(work: CitedWork): Reference {
	const author = work.authors.length ? list(work.authors.map((a: Person) => `${a.family}, ${initials(a.given)}`), '&') : work.issuedBy;
	const date = `(${y(work.updated)}, ${m(work.updated)} ${d(work.updated)}).`;
	const publisher = work.authors.length || work.publisher !== work.issuedBy ? ` ${sentence(work.publisher)}` : '';
	const url = work.url ? ` ${work.url}` : '';
	const head = `${sentence(author)} ${date} `;
	// The bracketed description APA gives a work that is not a book or an article: [Briefing].
	const tail = ` [${work.genre}].${publisher}${url}`;
	if (work.kind === 'report') return [head, { em: work.title }, tail];
	return [`${head}${sentence(work.title)} In `, { em: work.container! }, tail];
}

/**
 * Chicago author-date (17th edition). Dated by first publication, with the
 * last change as “Last modified”; titles in headline style.
 */
export function chicago(work: CitedWork): Reference {
	const names = work.authors.map((a, i) => (i === 0 ? `${a.family}, ${a.given}` : `${a.given} ${a.family}`));
	const author = names.length ? list(names, 'and') : work.issuedBy;
	const modified = work.updated > work.issued ? ` Last modified ${m(work.updated)} ${d(work.updated)}, ${y(work.updated)}.` : '';
	const tail = ` ${sentence(work.publisher)}${modified}${work.url ? ` ${work.url}.` : ''}`;
	const head = `${sentence(author)} ${y(work.issued)}. `;
	if (work.kind === 'report') return [head, { em: headlineCase(work.title) }, `.${tail}`];
	return [`${head}“${sentence(headlineCase(work.title))}” In `, { em: headlineCase(work.container!) }, `.${tail}`];
}

/**
 * Words Chicago keeps lower case inside a title: articles, the conjunctions
 * and, but, for, or, nor, “to” and “as”, and prepositions (only those that are
 * rarely adverbs: “up” or “over” may well be capitalised).
 */
const MINOR = new Set('a an the and but for or nor as to at by in of on per via with from into onto upon than till vs'.split(' '));

/**
 * Headline-style capitals (Chicago 8.159): every word capitalised but the
 * minor ones, which are capitalised only first, last or after a colon. Words
 * that already hold a capital (NATO, Zelenskyy) are left as written.
 */
export function headlineCase(title: string): string {
	const words = title.split(' ');
	return words
		.map((word, i) => {
			const edge = i === 0 || i === words.length - 1 || /[:?!]$/.test(words[i - 1] ?? '');
			return word
				.split('-')
				.map((part, j) => {
					const bare = part.replace(/^[^\p{L}]+/u, '').toLowerCase();
					if (/\p{Lu}/u.test(part) || (!(edge && j === 0) && MINOR.has(bare.replace(/[^\p{L}]+$/u, '')))) return part;
					return part.replace(/\p{L}/u, (c) => c.toUpperCase());
				})
				.join('-');
		})
		.join(' ');
}
