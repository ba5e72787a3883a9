import { MONTHS } from '../../text/months.ts';
import { escapeRegExp } from '../../text/literal.ts';
import { isAcronym } from '../../text/words.ts';
/**
 * One spelling a reader may type, and the spelling the briefing uses: [variant, written], `word` where it is another
 * word for it, or `unnamed` where it names a person the briefing does not, `written` being their ally; and the
 * briefing's word for it in another year than the request's, where that differs.
 */
export type Spelling = readonly [variant: string, written: string, kind?: 'word' | 'unnamed', earlier?: string];

export interface Rewritten {
	/** The query to search for, in the briefing's spellings. */
	query: string;
	/** The spellings replaced, as [typed, written]: the reader's own may still occur (in a headline), and is searched too. */
	replaced: [string, string][];
	/** Some of them were the reader's words for the briefing's (“veto” for consensus), not spellings of them. */
	otherWords: boolean;
	/** Names typed that the briefing never uses, each searched as the ally its person speaks for (“Macron”: France). */
	unnamed: string[];
	/** Dates, numbers and abbreviations put in the briefing's form, as [typed, written]: the typed form is no word of it, and is not searched. */
	formatted: [string, string][];
}

/**
 * The spellings for a question about a year other than the request’s
 * (`namesAnotherYear` in questions.ts), each reader's word that has its own
 * meaning then (`earlier` in content/spellings.yaml) written so: an ally
 * that blocked then is one the briefing says opposed (“why did germany and
 * france block ukraine in 2008”: at Bucharest they “had opposed” a plan), not
 * the consensus by which an invitation is decided now, whose parts had come
 * first. Made once for each list, as `compile` needs.
 */
export function inAnotherYear(spellings: readonly Spelling[]): readonly Spelling[] {
	let then = inOtherYears.get(spellings);
	if (!then) inOtherYears.set(spellings, (then = spellings.map((spelling) => (spelling[3] ? [spelling[0], spelling[3], spelling[2]] : spelling))));
	return then;
}
const inOtherYears = new WeakMap<readonly Spelling[], readonly Spelling[]>();

interface Compiled {
	pattern: RegExp;
	/** A title or form of address before a person the briefing does not name (“President Macron”): searched as the ally alone. */
	titled: RegExp;
	/** The variants by their lower case: an acronym, and a form of it a reader types in lower case, share one (“UK”, “uk”). */
	byLowerCase: Map<string, Spelling[]>;
}
const compiled = new WeakMap<readonly Spelling[], Compiled>();

/**
 * One pattern for the whole list, made once: a pattern per variant, each
 * with Unicode classes, cost a first search tens of milliseconds, since the
 * query is rewritten at every keystroke. Longest first, so that a phrase
 * wins over a word inside it.
 */
function compile(spellings: readonly Spelling[]): Compiled {
	let done = compiled.get(spellings);
	if (done) return done;
	const longestFirst = [...spellings].sort((a, b) => b[0].length - a[0].length);
	const byLowerCase = new Map<string, Spelling[]>();
	for (const spelling of longestFirst) byLowerCase.set(spelling[0].toLowerCase(), [...(byLowerCase.get(spelling[0].toLowerCase()) ?? []), spelling]);
	const alternatives = longestFirst.map(([variant]) => escapeRegExp(variant)).join('|') || '(?!)';
	// A possessive's s may follow, its apostrophe left out as a phone leaves it (“zelenskys plan”).
	const unnamed = longestFirst.filter(([, , kind]) => kind === 'unnamed').map(([variant]) => escapeRegExp(variant)).join('|') || '(?!)';
	done = {
		pattern: new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives})(s?)(?![\\p{L}\\p{N}])`, 'giu'),
		titled: new RegExp(`(?<![\\p{L}\\p{N}])(?:${TITLES})\\.?\\s+(?=(?:${unnamed})s?(?![\\p{L}\\p{N}]))`, 'giu'),
		byLowerCase,
	};
	compiled.set(spellings, done);
	return done;
}

/** Titles and forms of address a reader may put before a name: “Prime Minister Italy” had searched every “prime” and “minister”. */
const TITLES = ['Mr', 'Mrs', 'Ms', 'Dr', 'President', 'Chancellor', 'Prime Minister', 'PM', 'Foreign Minister', 'FM', 'Defen[cs]e Minister', 'Minister', 'Foreign Secretary', 'Secretary of State', 'Secretary'].map((title) => title.replaceAll(' ', '\\s+')).join('|');

const MONTH = '(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';
const DAY = '(0?[1-9]|[12]\\d|3[01])';
/** A month, in full or cut short, then a day or days (“Dec 3”, “December 3rd, 2024”, “Dec 3-4”). */
const MONTH_FIRST = new RegExp(`(?<![\\p{L}\\p{N}])${MONTH} ${DAY}(?:st|nd|rd|th)?(?:[-–]${DAY}(?:st|nd|rd|th)?)?(?:,? (\\d{4}))?(?![\\p{L}\\p{N}])`, 'giu');
/**
 * A day, then a month cut short (“1 Oct”), which the briefing's prose writes in full, or a day as an ordinal (“29th
 * November”, “29th of November”): the ordinal had found Montenegro's “29th party”, alone. “Of” only after an
 * ordinal (“article 4 of June” is no date), and “May” only after one (“article 5 may not apply”).
 */
const DAY_FIRST = new RegExp(`(?<![\\p{L}\\p{N}])${DAY}(st|nd|rd|th)?(\\s+of)?\\s+${MONTH}(?![\\p{L}\\p{N}])`, 'giu');
/** A date written as numbers, year first (“2024-12-03”): the only order that is not ambiguous. */
const ISO_DATE = /(?<![\p{L}\p{N}])(\d{4})-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])(?![\p{L}\p{N}])/gu;
/**
 * A date written as numbers with slashes (“3/12/2024”, “12/3/2024”), or with dots as much of Europe writes it
 * (“11.07.2023”), its year in full or in two digits (“4/4/23”; “4/4/49”, the treaty’s day), a year from 1931 to 2030.
 */
const SLASH_DATE = /(?<![\p{L}\p{N}/.])(\d{1,2})([/.])(\d{1,2})\2(\d{4}|\d{2})(?![\p{L}\p{N}/]|\.\d)/gu;
const fullYear = (year: string) => (year.length === 4 ? year : String(Number(year) + (Number(year) <= 30 ? 2000 : 1900)));
/**
 * Day and month of a date written with slashes: a number over 12 is the day;
 * else the day comes first, as in the briefing and most of the world (the
 * status says how it was read). Undefined if it is no date.
 */
function slashDate(first: number, second: number): [day: number, month: number] | undefined {
	const [day, month] = first > 12 ? [first, second] : second > 12 ? [second, first] : [first, second];
	return day >= 1 && day <= 31 && month >= 1 && month <= 12 ? [day, month] : undefined;
}
/**
 * The query with each date typed with slashes that could be read either way (12/3/2024) swapped, to be read the
 * other way: month first, as American readers write it. Undefined if it has none.
 */
export function monthFirst(query: string): string | undefined {
	let swapped = false;
	const other = query.replace(SLASH_DATE, (typed, first: string, mark: string, second: string, year: string) => {
		if (Number(first) > 12 || Number(second) > 12 || Number(first) === Number(second)) return typed;
		swapped = true;
		return `${second}${mark}${first}${mark}${year}`;
	});
	return swapped ? other : undefined;
}
const monthName = (typed: string) => MONTHS.find((m) => m.slice(0, 3).toLowerCase() === typed.slice(0, 3).toLowerCase())!;

/** A word and a number run together, as a phone types them (“article5”): Pagefind found every “article”. */
const RUN_TOGETHER = /(?<![\p{L}\p{N}])(\p{L}{3,})(\d{1,3})(?![\p{L}\p{N}])/gu;
/**
 * An abbreviation written with points (“U.S.”, “N.A.T.O.”), as many style guides write it; the briefing's text
 * writes none. In capitals, or in small letters where it is an abbreviation the briefing spells (“u.s.”): not
 * “e.g.”, nor the register's “n.d.”, which are no names.
 */
const DOTTED = /(?<![\p{L}\p{N}.])(?:\p{L}\.)+\p{L}\.?(?![\p{L}\p{N}])/gu;
function undotted(abbreviation: string, spellings: readonly Spelling[]): string | undefined {
	const letters = abbreviation.replaceAll('.', '');
	return letters === letters.toUpperCase() || compile(spellings).byLowerCase.has(letters.toLowerCase()) ? letters.toUpperCase() : undefined;
}

/** The briefing's form of a match, given its groups, or undefined where the match is no such thing after all. */
type Write = (typed: string, groups: string[]) => string | undefined;

/** `text` with each match of `pattern` put in the form `write` gives it, where it gives one; each change added to `changes`. */
function writtenAs(text: string, pattern: RegExp, write: Write, changes?: [string, string][]): string {
	return text.replace(pattern, (typed: string, ...rest: unknown[]) => {
		// The groups come first, then the match's offset.
		const form = write(typed, rest.slice(0, rest.findIndex((r) => typeof r === 'number')) as string[]);
		if (form === undefined) return typed;
		changes?.push([typed, form]);
		return form;
	});
}

/** How a query is parted before its spellings are put in: a word run into a number, and an abbreviation's points. */
const partings = (spellings: readonly Spelling[]): [RegExp, Write][] => [
	[RUN_TOGETHER, (_, [letters, number]) => `${letters} ${number}`],
	[DOTTED, (typed) => undotted(typed, spellings)],
];
const partedInto = (query: string, spellings: readonly Spelling[], changes?: [string, string][]) => partings(spellings).reduce((q, [pattern, write]) => writtenAs(q, pattern, write, changes), query);

/**
 * `query` with each word run into a number parted from it (“art5” → “art 5”), and each abbreviation's points left
 * out (“U.S.” → “US”), as rewriteQuery writes them.
 */
export const parted = (query: string, spellings: readonly Spelling[] = []) => partedInto(query, spellings);

/**
 * Puts the briefing's own spellings in place of the variants a reader may
 * type (Zelensky → Zelenskyy, Kiev → Kyiv, MAP → Membership Action Plan), so
 * the search finds the prose, which uses one spelling throughout. Whole
 * words only; case does not matter, except for acronyms. Dates are written
 * as the briefing writes them (Dec 3, 3 Dec, 29th of November, 2024-12-03, 3/12/2024 → 3 December), and
 * a number of five digits or more gets its thousands' commas (10000, 10k →
 * 10,000), a word run into a number is parted (article5 → article 5), and an
 * abbreviation's points are left out (U.S. → US, then United States). The list comes from
 * the content (people's and terms' `spellings`, and content/spellings.yaml),
 * compiled into the search script at build. A rewrite, because Pagefind has
 * no aliases of its own (its issue #777): the index cannot be told that
 * “Zelensky” is “Zelenskyy”, so the query is.
 */
export function rewriteQuery(query: string, spellings: readonly Spelling[]): Rewritten {
	const { pattern, byLowerCase } = compile(spellings);
	const replaced: [string, string][] = [];
	const unnamed: string[] = [];
	let otherWords = false;
	const formatted: [string, string][] = [];
	const format = (text: string, pattern: RegExp, write: Write) => writtenAs(text, pattern, write, formatted);
	// Parted first, so that the word is respelled like any other (“art5”, Article 5, had found nothing).
	// And an abbreviation's points left out, so that it is respelled as typed without them: “U.S.” had found nothing.
	// A possessive typed with its apostrophe is its name, the name's own spelling or another's (“Zelensky's proposal”):
	// before the spellings are put in, which may have one of their own (“Who’s who”, which had been searched as “Who who”).
	const parted = withoutPossessives(untitled(partedInto(query, spellings, formatted), spellings));
	const out = parted.replace(pattern, (match: string, s: string, offset: number) => {
		const typed = s ? match.slice(0, -1) : match;
		// An acronym is only itself in capitals: typed otherwise, the variant, if any, that is no acronym. But no search
		// begins with the pronoun “us”: typed first, before more words, it is the US (“us position”, as on a phone).
		const us = typed === 'us' && offset === 0 && parted.length > match.length;
		const [variant, written, kind] = byLowerCase.get(typed.toLowerCase())?.find(([v]) => !isAcronym(v) || v === typed || (us && v === 'US')) ?? [typed, typed];
		// The s makes a possessive of a name (“Zelensky’s”), which is searched as the name: as “Zelenskyy’s” it had found
		// only where the briefing says “Zelenskyy’s”, and “Zelensky's proposal” not “What Zelenskyy proposed” (a phone
		// reader's trial). Of an acronym or a phrase, the s is another word.
		if (typed.toLowerCase() === written.toLowerCase() || (s && (isAcronym(variant) || /\s/.test(written)))) return match;
		replaced.push([match, written]);
		otherWords ||= kind === 'word';
		if (kind === 'unnamed' && !unnamed.some((name) => name.toLowerCase() === typed.toLowerCase())) unnamed.push(typed);
		// A person typed beside the ally they speak for is that ally once: “Macron France” had searched “France France”.
		return kind === 'unnamed' && new RegExp(`(?<![\\p{L}])${escapeRegExp(written)}(?![\\p{L}])`, 'iu').test(parted) ? '' : written;
	}).replace(/^ +| +(?= )/g, '');
	const dayMonth = (day: number, month: number) => `${day} ${MONTHS[month - 1]}`;
	// The briefing puts the day first, with the month in full (“3 December 2024”): “Dec 3” found “decides” and “30”, “1 Oct” every October.
	let dated = format(out, ISO_DATE, (_, [year, month, day]) => `${dayMonth(Number(day), Number(month))} ${year}`);
	dated = format(dated, SLASH_DATE, (_, [first, , second, year]) => {
		const date = slashDate(Number(first), Number(second));
		return date && `${dayMonth(...date)} ${fullYear(year)}`;
	});
	// Two days are joined by an en dash, as the briefing joins them (“Dec 3-4” had become “3 December-4”).
	dated = format(dated, MONTH_FIRST, (_, [month, day, last, year]) => `${Number(day)}${last ? `–${Number(last)}` : ''} ${monthName(month)}${year ? ` ${year}` : ''}`);
	dated = format(dated, DAY_FIRST, (typed, [day, ordinal, of, month]) => {
		const written = `${Number(day)} ${monthName(month)}`;
		return written === typed || (!ordinal && (of || /^may$/i.test(month))) ? undefined : written;
	});
	// Thousands with a k, as a phone types them (“10k troops” had searched “troops” alone): the briefing writes them out.
	dated = format(dated, /(?<![\p{L}\p{N},.])(\d{1,3})k(?![\p{L}\p{N}])/giu, (_, [thousands]) => `${thousands},000`);
	// Thousands grouped by a space or a point, as much of Europe groups them (“10 000”, “10.000”, and the narrow spaces
	// of text copied from its pages): “10 000” had found Article 10, “10.000” nothing (a reader's trial).
	dated = format(dated, /(?<![\p{L}\p{N},.])(\d{1,3})((?:[ .\u00A0\u202F\u2009]\d{3})+)(?![\p{L}\p{N}]|[.,]\d)/gu, (_, [first, groups]) => `${first}${groups.replace(/[ .\u00A0\u202F\u2009]/g, ',')}`);
	// The briefing groups thousands with a comma (“10,000”), which a reader often leaves out; a year has four digits.
	const grouped = format(dated, /(?<![\p{L}\p{N},.])\d{5,}(?![\p{L}\p{N},.])/gu, (typed) => typed.replace(/\B(?=(\d{3})+$)/g, ','));
	return { query: grouped, replaced, otherWords, unnamed, formatted };
}

/** `query` without the titles before the people the briefing does not name (“President Macron”: “Macron”), as rewriteQuery drops them. */
export const untitled = (query: string, spellings: readonly Spelling[]) => query.replace(compile(spellings).titled, '');

/** A query's possessives as their names (“Zelenskyy’s plan” → “Zelenskyy plan”): no spelling of the name, but its case. */
export const withoutPossessives = (query: string) => query.replace(/(?<=\p{L})['’]s(?![\p{L}\p{N}])/gu, '');

/** How many other spellings of a query the register is searched for, at most. */
const MAX_OTHER_SPELLINGS = 6;

/**
 * The query with each name the briefing spells one way written as the
 * sources may write it instead (Zelenskyy → Zelensky, Zelenskiy, …): a
 * headline keeps its own spelling, and the register entry that quotes it
 * is found only by that. Names, that is, single words: not phrasings of
 * several (“Article V” had searched every word beginning with v, 36 KB more
 * for a first search of “Article 5”), nor acronyms, which Pagefind would
 * search as ordinary words (“US” as “us”), nor other scripts, which no
 * source here uses; the reader's own spelling (`typed`) is searched anyway.
 */
export function otherSpellings(query: string, spellings: readonly Spelling[], typed?: string): string[] {
	const others = new Set<string>();
	for (const [variant, written] of spellings) {
		if (isAcronym(variant) || variant.length < 3 || /\s/.test(variant) || !/\p{Script=Latin}/u.test(variant) || !query.toLowerCase().includes(written.toLowerCase())) continue;
		// Made only for the few names a query holds: a pattern per spelling at every keystroke costs tens of ms.
		const other = query.replace(new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(written)}(?![\\p{L}\\p{N}])`, 'giu'), variant);
		if (other !== query && other.toLowerCase() !== typed?.toLowerCase()) others.add(other);
		if (others.size === MAX_OTHER_SPELLINGS) break;
	}
	return [...others];
}
