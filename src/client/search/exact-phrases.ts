/**
 * Queries searched first as Pagefind's exact phrase: Pagefind otherwise
 * matches the start of words, one by one. What the exact phrase finds comes
 * first; the usual search's results follow, since a phrase finds no other
 * form or order of its words (“US Germany” is in no sentence).
 *
 * - An abbreviation typed in capitals (“UN”, “PA Media”, “AFP”): “UN” found
 *   every “until”, “under” and “United” before the United Nations, and “PA
 *   Media” led with a “part”. In capitals the reader means the
 *   abbreviation; in lower case they may be typing a longer word, which
 *   stays a prefix. In any search, a match that only begins with the
 *   abbreviation, or has it in lower case, is not one (“Ukraine” for “UK”,
 *   “offered us” for “US”): Pagefind's exact phrase ignores case.
 * - A name: two words or more, each typed with a capital (“NATO Watch”,
 *   “Sky News”). Word by word, “NATO Watch” led with “What to watch” before
 *   the organisation; a reader who capitalises every word means the name.
 * - A day and its month (“1 October”): the day alone is no word to
 *   Pagefind, which answered with every October, 22 October first. A query
 *   that is a date and nothing else (isDate) keeps, of the usual search's
 *   results, only those that mark both day and month (kept).
 * - An article by its number (“article 4”): word by word, every “4” of a
 *   date answered it beside another article's name. Of the usual search's
 *   results, only those that mark the two words side by side are kept: the
 *   briefing names no Article 4, and the reader is told so.
 *
 * client/search/answer.ts also searches as an exact phrase a name of several
 * words put in for the reader's spelling (“USA” → “United States”).
 */
import { ANY_MONTH, MONTHS } from '../../text/months.ts';
import type { PagefindData } from './engine.ts';
import type { ResultView } from './results.ts';
import { answersWord, markedWords, wordsOf } from './unindexed-words.ts';
import { keepingMarks } from './stand-ins.ts';
import { isQuoted } from './questions.ts';

/** Two or three capital letters, a word of their own. */
const ABBREVIATIONS = /(?<![\p{L}\p{N}])\p{Lu}{2,3}(?![\p{L}\p{N}])/gu;
const MONTH = `(?:${ANY_MONTH}|Sept)`;
const DAY_AND_MONTH = new RegExp(String.raw`\b\d{1,2} ${MONTH}\b`, 'i');
const A_MONTH = new RegExp(String.raw`\b${MONTH}\b`, 'i');

/** The query names a month, which makes it a date's (“April 2008”, “Dec 3”). */
export const namesMonth = (query: string) => A_MONTH.test(query);

/** Words each begun with a capital, two or more of them and nothing else. */
const NAME = /^\p{Lu}[\p{L}\p{M}’'.-]*(?:\s+\p{Lu}[\p{L}\p{M}’'.-]*)+$/u;

/** The query is a date and nothing else (“3 December”, “1 October 2024”). */
export const isDate = (query: string) => /^\d{1,2} \p{L}+(?: \d{4})?$/u.test(query.trim()) && DAY_AND_MONTH.test(query);

/**
 * Of a date's results, the records of the days it falls in first: a timeline event's title begins with its day, or
 * its days (“3–4 December 2024 (scheduled): …”, “30 November – 1 December 2024: …”), and Pagefind's exact phrase
 * finds no day inside a span. Lifted from either list before the two are joined and cut to the number shown.
 */
export function dayFirst<F extends { results: ResultView[] }>(found: F, query: string): F {
	const covers = (r: ResultView) => titleNamesDay(r.title, query);
	return { ...found, results: [...found.results.filter(covers), ...found.results.filter((r) => !covers(r))] };
}

/** The records of `found` whose title begins with the day a date query asks for, or with days around it. */
export const namingDay = (found: { results: ResultView[] }, query: string) => found.results.filter((r) => titleNamesDay(r.title, query));

const monthIndex = (name: string) => MONTH_STARTS.indexOf(name.slice(0, 3).toLowerCase());
const MONTH_STARTS = MONTHS.map((m) => m.slice(0, 3).toLowerCase());
/** A title's opening days: “3 December 2024”, “3–4 December 2024”, “30 November – 1 December 2024”, “31 Dec 2024 – 2 Jan 2025”. */
const TITLE_DAYS = /^(\d{1,2})(?:–(\d{1,2}))? (\p{L}+)(?: (\d{4}))?(?: – (\d{1,2}) (\p{L}+) (\d{4}))?/u;

function titleNamesDay(title: string, query: string): boolean {
	const [, day, month, year] = /^(\d{1,2}) (\p{L}+)(?: (\d{4}))?$/u.exec(query.trim()) ?? [];
	const [, d1, d2, m1, y1, d3, m3, y3] = TITLE_DAYS.exec(title) ?? [];
	if (!day || !d1 || monthIndex(month) < 0 || monthIndex(m1) < 0 || !(y1 ?? y3)) return false;
	const at = (y: string | number, m: number, d: string) => Number(y) * 10000 + m * 100 + Number(d);
	const first = at(y1 ?? y3, monthIndex(m1), d1);
	const last = d3 ? at(y3, monthIndex(m3), d3) : at(y1, monthIndex(m1), d2 ?? d1);
	// Without a year, the day in any year the span touches.
	const years = year ? [Number(year)] : [Math.floor(first / 10000), Math.floor(last / 10000)];
	return years.some((y) => first <= at(y, monthIndex(month), day) && at(y, monthIndex(month), day) <= last);
}

/** A number that counts what follows it (“19 allies”, “32 members”): a day's number is followed by its month. */
const COUNT = new RegExp(String.raw`^(\d{1,3})\s+(?!${MONTH}\b)\p{L}`, 'iu');

/** The query is an article by its number and nothing else (“article 4”, “Article 10”). */
const isArticle = (query: string) => /^article \d+$/i.test(query.trim());

/** The query as Pagefind's exact phrase, if it holds an abbreviation in capitals or a date, or is a name or an article, and has no quotation marks of its own; else undefined. */
export function asExactPhrase(query: string): string | undefined {
	const trimmed = query.trim();
	if (isQuoted(trimmed) || !(trimmed.match(ABBREVIATIONS) || DAY_AND_MONTH.test(trimmed) || NAME.test(trimmed) || isArticle(trimmed))) return undefined;
	return `"${trimmed}"`;
}

/**
 * The phrase a reader quoted among other words, as Pagefind's exact phrase: Pagefind reads quotation marks only
 * round a whole query, and “invitation "not off the table"” had found every “table” and “not”, not the sentence
 * quoted. Undefined where the query is one phrase, or has none.
 */
export function phraseAmong(query: string): string | undefined {
	const quoted = /["“]([^"“”]+)["”]/.exec(query);
	return quoted && query.replace(quoted[0], '').trim() ? `"${quoted[1].trim()}"` : undefined;
}

/**
 * Of the usual search's results for a date or an article alone, those that
 * mark what was asked: the day and the month anywhere in them (“3–4
 * December” answers “3 December”), or in a title that begins with them, the
 * day in a span of days; the article's name and number side by
 * side. A count (“19 allies”) is no day: the results that mark its number
 * only as a date's (“19 November”) come after the rest. Any other query's
 * results, all, as they were.
 */
export function kept<F extends { results: ResultView[]; sources: ResultView[] }>(found: F, query: string): F {
	const typed = wordsOf(query);
	const answers = isDate(query)
		? (r: ResultView) => titleNamesDay(r.title, query) || typed.every((t) => markedWords(r.text).some((m) => answersWord(m, t)))
		: isArticle(query)
			? (r: ResultView) => new RegExp(`<mark>${typed[0]}</mark>\\s*<mark>${typed[1]}</mark>`, 'i').test(r.text)
			: undefined;
	if (answers) return { ...found, results: found.results.filter(answers), sources: found.sources.filter(answers) };
	const count = COUNT.exec(query.trim())?.[1];
	if (!count) return found;
	// Marked as a day, the number then a month (“<mark>19</mark> November”), and nowhere else.
	const asDay = new RegExp(String.raw`<mark>${count}</mark>\s+${MONTH}\b`, 'gi');
	const onlyAsDay = (r: ResultView) => r.text.replace(asDay, '') !== r.text && !r.text.replace(asDay, '').includes(`<mark>${count}</mark>`);
	return { ...found, results: [...found.results.filter((r) => !onlyAsDay(r)), ...found.results.filter(onlyAsDay)] };
}

/**
 * A result less its matches of an abbreviation in `query` that are only the
 * start of a longer word, or of the abbreviation, or are written in lower case, the words of a
 * hyphenated match taken one by one (“RS-26” is a match for “RS”,
 * “re-unification” none for “UN”); undefined if none is left. A result
 * found by its title alone is kept only if the title holds the abbreviation
 * (“4 Apr 1949” is no answer to “AP”). A query without an abbreviation
 * leaves the result as it is.
 */
export function inCapitals(data: PagefindData, query: string): PagefindData | undefined {
	const abbreviations = new Set(query.match(ABBREVIATIONS));
	if (abbreviations.size === 0) return data;
	const lower = [...abbreviations].map((a) => a.toLowerCase());
	// Nor is a shorter start of it, which Pagefind puts in place of an abbreviation it does not hold (“US” for “USA”).
	const answers = (text: string) =>
		(text.match(/[\p{L}\p{N}]+/gu) ?? []).every((word) => abbreviations.has(word) || !lower.some((a) => word.toLowerCase().startsWith(a) || a.startsWith(word.toLowerCase())));
	const marked = [data.excerpt, ...data.sub_results.map((s) => s.excerpt)].some((e) => e.includes('<mark>'));
	const titleWords = new Set((data.meta.title ?? '').match(/[\p{L}\p{N}]+/gu));
	if (!marked) return [...abbreviations].some((a) => titleWords.has(a)) ? data : undefined;
	return keepingMarks(data, answers);
}
