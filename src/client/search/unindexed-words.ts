import { editDistance } from '../../text/edit-distance.ts';
import { fold } from '../../text/words.ts';

/**
 * Two ways Pagefind answers a word that is not in the index, and what the
 * search makes of them.
 *
 * A word missing from the index is replaced by the longest prefix of it that
 * is there (Pagefind's pull request #315, with no option to turn it off):
 * meant for a word typed halfway to its stem, it also makes “Orbán”, whom the
 * briefing never names, find every “or”. Such stand-in words are unmarked,
 * and a result with nothing else is dropped, so the reader reads “No results”
 * (client/search/stand-ins.ts); this module tells a word's answers from them.
 *
 * And the word being typed is stemmed as if it were whole: English stemming
 * turns a final y after a consonant into i, so “Stefanishy”, typed on the way
 * to “Stefanishyna”, looks for words beginning “stefanishi” and finds none.
 */

/** A text's words, a number grouped by commas or with a decimal point one word (“10,000”), as Pagefind indexes it. */
export const wordsOf = (text: string): string[] => fold(text).match(/\p{N}+(?:[.,]\p{N}+)+|[\p{L}\p{N}]+/gu) ?? [];

/** How many letters two words begin with in common. */
function sharedStart(a: string, b: string): number {
	let common = 0;
	while (common < a.length && common < b.length && a[common] === b[common]) common++;
	return common;
}

/** A number as wordsOf gives it: digits, grouped by commas or with a decimal point. */
export const NUMBER = /^\p{N}+(?:[.,]\p{N}+)*$/u;

/** Begins with a capital: how a name is written. */
export const capitalised = (word: string) => /^\p{Lu}/u.test(word);
/** The words of `text` written with a capital, folded: taken for names, which take no endings but a people's. */
export const capitalisedWords = (text: string) => new Set((text.match(/\p{Lu}[\p{L}\p{M}]*/gu) ?? []).map(fold));

/**
 * Whether a word Pagefind marked answers a word the reader typed rather than
 * standing in for it. A number answers only itself. A word does if it begins
 * with the typed word. If it is the start of the typed word, it is a
 * stand-in unless it is most of it, more than three fifths, and what the
 * typed word adds is a slip or an ending (“war” for “wars”, “instal” for
 * “installa”, a stem reached halfway through typing), not a shorter word
 * (“or” for “Orbán”, “John” for “Johnson”, “bar” for “barot”, Barrot
 * misspelt, “member” for “membersip”).
 * Otherwise the two part where their endings differ (“policy” and
 * “policies”, “died” and “dies”), and it answers if, past a stem's worth
 * (four letters), both are forms of that stem or one is the other slipped,
 * or they share five letters or more and part into endings; or if they
 * share all of the typed word but its last two.
 */
export function answersWord(marked: string, typed: string): boolean {
	// A number is itself or nothing, however its thousands are grouped: “3” is not the start of “30” or “32”, nor
	// “1,000” of “10,000”, which it had marked first (a reader's trial); “1000” is “1,000”.
	if (NUMBER.test(typed) || NUMBER.test(marked)) return marked.replaceAll(',', '') === typed.replaceAll(',', '');
	const common = sharedStart(marked, typed);
	if (common === typed.length) return true;
	// And the typed word goes on past it by a letter, an ending, or two letters of a word not inflected: “member” and
	// “members” are no answer to “membersip”, which had been searched as them, and never corrected to “membership”
	// (a reader's trial).
	if (common === marked.length) {
		// Its last letter doubled before an ending is no more letters (“signal”, “signalled”).
		const rest = undoubled(typed.slice(common), marked.at(-1));
		return marked.length > 0.6 * typed.length && (rest.length <= 1 || WORD_ENDINGS.test(rest) || (rest.length === 2 && !INFLECTED_WORD.test(marked)));
	}
	// Pagefind finds a word typed with an ending by its stem, and the mark may go on past that stem into another word;
	// but from six letters in common, on with an ending of its own, it is a word of that stem (“escalation” for
	// “escalated”, “enlargement” for “enlarged”, which had found nothing, a search trial; not “statement” for “states”).
	if (anotherWordOnItsStem(marked, typed) && !(common >= 6 && WORD_ENDINGS.test(marked.slice(common)))) return false;
	// Past a stem's worth in common, what is left of each is an ending's length: “steps” is no answer to “stephanishyna”.
	if (common >= 4) {
		// The stem's last letter doubled before an ending (“controlled”, “controls”), and American -ize for the text's
		// -ise (“recognize”, “recognised”), are the same stem.
		const stemEnd = typed[common - 1];
		const sz = /^[sz]/.test(typed.slice(common)) && /^[sz]/.test(marked.slice(common)) ? 1 : 0;
		const rest = (word: string) => undoubled(word.slice(common + sz), stemEnd);
		const [typedRest, markedRest] = [rest(typed), rest(marked)];
		if (typedRest.length > 5 || markedRest.length > 5) return false;
		// Two forms of one stem, inflected or an adjective (“policies”, “policy”; “occupying”, “occupied”; “Italy”,
		// “Italian”; “territory”, “territorial”), or a slip of a letter or two (“Brussells”, “irreversable”).
		const form = (end: string) => /^[iy]?(?:|ing|ed|es|s|d|e)$/.test(end) || /^i?(?:ans?|al)$/.test(end);
		const most = typed.length < 10 ? 1 : 2;
		if ((form(typedRest) && form(markedRest)) || editDistance(marked, typed, most) <= most) return true;
		// Or two words of one stem, of five letters or more (“invitation”, “invited”): on four, “allies” had answered
		// “allience”, and “footing” “football” (a search trial).
		const ending = (end: string) => WORD_ENDINGS.test(end) || form(end);
		return common >= 5 && ending(typedRest) && ending(markedRest);
	}
	// A form of a shorter word (“bars”, of “bar”) is no answer to a word typed on past it with letters that are no
	// ending (“using” still answers “used”): “barot”, Barrot misspelt, had found the key points that say no treaty
	// rule bars a state at war, and was never corrected.
	if (INFLECTED.test(marked.slice(common)) && typed.length - common >= 2 && !REWRITTEN_ENDING.test(typed.slice(common))) return false;
	return common >= 2 && common >= typed.length - 2;
}

/** An ending after a stem, less the stem's last letter doubled before it (“led” after “control”: “ed”). */
const undoubled = (rest: string, last: string | undefined) => (rest[0] === last && /^[aeiouy]/.test(rest.slice(1)) ? rest.slice(1) : rest);

/** What English adds to a stem, and what it may write in the place of the stem's last letter (“policy”, “policies”). */
const INFLECTED = /^(?:ing|ed|es|s|d|ies)$/;
const REWRITTEN_ENDING = /^(?:ing|ed|es|s|d|ies|e|y)$/;
/** A word that ends as English inflects a stem of three letters or more (“members”, “invited”). */
const INFLECTED_WORD = /^\p{L}{3,}(?:ing|ed|s)$/u;

/**
 * `other` begins with `typed` less the ending English added to it, and goes
 * on with letters that are no ending: another word, not a form of the one
 * typed (“Crimea” for “crimes”, “statement” for “states”).
 */
export function anotherWordOnItsStem(other: string, typed: string): boolean {
	const common = sharedStart(other, typed);
	return common < other.length && INFLECTED.test(typed.slice(common)) && !REWRITTEN_ENDING.test(other.slice(common));
}

/**
 * Whether `a` and `b` part into two endings (WORD_ENDINGS) that `both`
 * accepts, where they part or up to three letters before, the stem left no
 * shorter than `shortest`.
 */
function partedIntoEndings(a: string, b: string, shortest: number, both = (_one: string, _other: string) => true): boolean {
	const common = sharedStart(a, b);
	for (let at = common; at >= Math.max(shortest, common - 3); at--) {
		const [one, other] = [a.slice(at), b.slice(at)];
		if (WORD_ENDINGS.test(one) && WORD_ENDINGS.test(other) && both(one, other)) return true;
	}
	return false;
}

/**
 * `a` and `b` are two endings of two letters or more on one stem of four
 * or more (“counter”, “counted”): two words, or two forms of one, which
 * Pagefind's stemmer tells apart, not a slip. Not a letter put in or left
 * out at the end (“invitatio”, “guarantes”, “attackes”), nor endings apart
 * only in their vowels (“allience”, “alliance”): those are slips.
 */
export function onOneStem(a: string, b: string): boolean {
	const vowelsApart = (x: string, y: string) => x.length === y.length && [...x].every((letter, i) => letter === y[i] || (/[aeiou]/.test(letter) && /[aeiou]/.test(y[i])));
	return partedIntoEndings(a, b, 4, (one, other) => one.length >= 2 && other.length >= 2 && !vowelsApart(one, other));
}

export const MARK = /<mark>(.*?)<\/mark>/g;

/**
 * What English puts after a stem to make another form of a word, or
 * another word of the same stem (“operational”, “operations”), or a
 * people's adjective of a place (“Korean”, “Russians”): two words that
 * part into two of these are no misspelling of each other (“korea troops”
 * had been called a way of writing “Korean troops”, a reader's trial).
 */
const WORD_ENDINGS = /^(?:|s|es|ed|d|ing|ings|ies|y|e|er|ers|or|ors|est|ly|al|ally|ion|ions|ive|ives|ment|ments|ness|ity|ic|ical|ist|ists|ism|ation|ations|ative|ator|ators|ance|ence|ant|ants|ent|ents|ancy|ency|ous|ful|less|ship|n|ns)$/;

/**
 * Whether `typed`, a word of five letters or more, is `written` misspelt:
 * a letter apart (two, from ten letters: “Victoria” is no slip for
 * “victory”, nor “countrys” told from one), and not where one is the other
 * with an ending (“Ukrainians”, “nationalist” for “National”). Nor, unless
 * `written` is a name, which does not take endings (“Hayns” for “Haynes”),
 * where the two part into endings on one stem (“policies”, “policy”;
 * “politics”, “political”; “reluctance”, “reluctant”, parted before the
 * letters the endings share): two forms of one word, or two words. “-able”
 * and “-ible”, which the stemmer takes for the same, are a misspelling.
 */
export function misspeltAs(typed: string, written: string, name = false): boolean {
	if (typed.length < 5 || typed === written) return false;
	const common = sharedStart(typed, written);
	if (common === typed.length || common === written.length) {
		if (partedIntoEndings(typed, written, common)) return false;
	} else if (!name && partedIntoEndings(typed, written, 1)) return false;
	const most = typed.length < 10 ? 1 : 2;
	return editDistance(typed, written, most) <= most;
}

/** What English adds to a word's stem: the rest of a word typed whole, where a shorter start of it was marked. */
const ENDINGS = 'ing|ed|es|s|d';
const INFLECTIONS = new RegExp(`^(?:${ENDINGS})$`);
/** `longer` is `shorter` with an ending (“wars”, “war”). */
export const withEnding = (longer: string, shorter: string) => longer.startsWith(shorter) && INFLECTIONS.test(longer.slice(shorter.length));

/**
 * `longer` is `word` with an ending (WORD_ENDINGS), or made a people's adjective (“Russian”, “European”), its
 * last letter perhaps doubled (“planned”): a form of it, not another word it is the start of (“Secretary”, “Northern”).
 */
export function formOf(longer: string, word: string): boolean {
	const rest = longer.slice(word.length);
	const ending = (tail: string) => WORD_ENDINGS.test(tail) || /^(?:an|ian)s?$/.test(tail);
	return longer.startsWith(word) && (ending(rest) || (rest[0] === word.at(-1) && ending(rest.slice(1))));
}

/** The words Pagefind marked in an excerpt, as wordsOf gives them. */
export const markedWords = (excerpt: string) => [...excerpt.matchAll(MARK)].flatMap((m) => wordsOf(m[1]));

/**
 * Whether an excerpt marks every one of `words`, and there is at least one:
 * a result of the reader's own spelling shows what they typed only where it
 * marks each word of it that the briefing's spelling lacks (“security
 * guarantees”, not a “security and defence editor”); a spelling with no such
 * word of its own shows nothing of theirs. A word of one or two letters is
 * shown only as itself: “uk” had added every “Ukraine” after the United
 * Kingdom's results, as the start of the word (a reader's trial).
 */
export const showsEvery = (excerpt: string, words: readonly string[]) => {
	const marked = markedWords(excerpt);
	return words.length > 0 && words.every((w) => marked.some((m) => (w.length < 3 ? m === w : answersWord(m, w))));
};

/**
 * Whether an excerpt writes each of `words`, not a word that answers it:
 * marks it as it is, a form of it, or it in the singular, a word in small
 * letters or a people (“guarantee” for “guarantees”, “Ukrainian” for
 * “Ukrainians”). “Donbas” answers “Donbass” as a slip, and “Slovenia”
 * “Slovenian”; both had been called the text's spelling beside the
 * reader's (the status's “and”).
 */
export const writesEvery = (excerpt: string, words: readonly string[]) => {
	// A sentence's first word is taken for a name too.
	const marked = [...excerpt.matchAll(MARK)].flatMap(([, text = '']) => wordsOf(text).map((m) => ({ m, name: capitalisedWords(text).has(m) })));
	return words.every((w) => marked.some(({ m, name }) => m === w || formOf(m, w) || ((!name || /an$/.test(m)) && withEnding(w, m))));
};

/**
 * A query with a name or word misspelt that the briefing writes otherwise,
 * found all the same by Pagefind's stemming (“Brussells”, stemmed as
 * “Brussels” is; “Mark Rutter”; “irreversable”): the query with each such
 * word as the marks write the word it is a slip of (nameOf); undefined if
 * none is. Not where a word is being typed (“Bruss”: only the last word
 * may be typed halfway), nor where the marks write another form of it
 * (“Ukrainians”) or another word of its stem; nor where the results write
 * the word as typed, in an excerpt or in `titles` (their titles and
 * headings).
 */
export function nameAsMarked(query: string, excerpts: readonly string[], titles: readonly string[] = []): string | undefined {
	const typed = query.trim().split(/\s+/);
	const marks = excerpts.flatMap((e) => [...e.matchAll(MARK)]);
	const writes = new Set([...excerpts, ...titles].flatMap(wordsOf));
	let renamed = false;
	const written = typed.map((piece, i) => {
		const [word, ...more] = wordsOf(piece);
		if (word === undefined || more.length > 0 || writes.has(word)) return piece;
		const name = nameOf(word, marks, i < typed.length - 1 || /\s$/.test(query));
		if (name !== undefined) renamed = true;
		return name ?? piece;
	});
	return renamed ? written.join(' ') : undefined;
}

/**
 * The one word the marks answering `word` write that `word` is a slip of
 * (misspeltAs), as the text writes it: a name with its capital, a word in
 * lower case. `whole`: the word was typed to its end. Not where a mark is
 * the word as typed, or goes on past it while it is being typed
 * (“membershi”); nor where the marks write another word of its stem
 * (“Trump” for “trumpet”, “National” for “nationalist”, “Talking” at a
 * sentence's start for “talks”), which had been named as its spelling.
 */
function nameOf(word: string, marks: RegExpMatchArray[], whole: boolean): string | undefined {
	// Each mark that is one word answering the one typed, as the text writes it, and that word.
	const answering = marks.flatMap((m) => {
		const [only, ...rest] = wordsOf(m[1] ?? '');
		return only !== undefined && rest.length === 0 && answersWord(only, word) ? [{ form: (m[1] ?? '').trim(), marked: only }] : [];
	});
	if (answering.some((m) => m.marked === word || (!whole && m.marked.startsWith(word)))) return undefined;
	// Each word marked, as the text writes it: a name where it is always written with its capital.
	const formsOf = (marked: string) => new Set(answering.filter((m) => m.marked === marked).map((m) => m.form));
	const asName = (forms: Set<string>) => forms.size === 1 && capitalised([...forms][0]);
	// Among them, the one it is a slip of (“invitaion”: “invitation”, not “invite”, also marked).
	const [meant, ...more] = [...new Set(answering.map((m) => m.marked))].filter((marked) => misspeltAs(word, marked, asName(formsOf(marked))));
	if (meant === undefined || more.length > 0) return undefined;
	const forms = formsOf(meant);
	return asName(forms) ? [...forms][0] : [...forms][0].toLowerCase();
}

/** The query with the final y of its last word dropped, where stemming would turn it into i; else undefined. */
export function withoutFinalY(query: string): string | undefined {
	return /\p{L}{2}[^\P{L}aeiouy]y$/iu.test(query) ? query.slice(0, -1) : undefined;
}
