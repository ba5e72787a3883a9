import { asExactPhrase, dayFirst, isDate, kept, namingDay, phraseAmong } from './exact-phrases.ts';
import { getEngine, searchOnce } from './page-engine.ts';
import { asKeywords, byWord, isQuoted, isSmallWord, membershipAsked, namesAnotherYear, saidOfTheRequest, speaksOfStance, stanceAsked, unquoted, withoutArticle, withoutOpenQuote } from './questions.ts';
import { outcomeAsked, updatesAsked } from './outcome-questions.ts';
import type { ResultView } from './results.ts';
import { anchored, isEmpty, joined, onPagesOf, PAGE_LIMITS, resultKey, size, texts, type Answer, type Limits } from './joined-answers.ts';
import { entryNamedFirst, togetherFirst, withoutRepeats } from './result-order.ts';
import { positionsHeld, positionsOf } from './positions.ts';
import { recordsOfKind } from './kind-records.ts';
import { inAnotherYear, monthFirst, otherSpellings, parted, rewriteQuery, untitled, withoutPossessives, type Spelling } from './spellings.ts';
import { commonerSpelling, unansweredWords, suggestQuery } from './suggestions.ts';
import { getVocabulary } from './vocabulary.ts';
import { apart, closedUp, hyphenated, inParts } from './compounds.ts';
import { nameAsMarked, withoutFinalY } from './unindexed-words.ts';
import { namesAsWritten, onlyLetters, withFewerWords, withoutAbsentWords } from './fewer-words.ts';
import { onlyInNotes } from './note-words.ts';
import { publisherFirst, scopeAsked, type Scope } from './page-scope.ts';
import { SEARCH_KIND } from '../../search/search-kinds.ts';
import { searchFor } from './search-for.ts';

/**
 * What a search answers, from what the reader typed: the briefing's
 * spellings put in, a question cut to its words of substance, the text and
 * the register searched apart, stand-ins dropped, and the word meant where
 * a word was found nowhere. The element in ../search.ts shows it.
 */

/** Spellings readers type and the briefing's own, from the content; compiled in at build. */
declare const __SPELLINGS__: Spelling[];

/** The spellings to search `typed` in: a reader's “block” in another year is no consensus (spellings.ts). */
const spellingsFor = (typed: string) => (namesAnotherYear(typed) ? inAnotherYear(__SPELLINGS__) : __SPELLINGS__);

/**
 * The answer to what the reader typed. `firstShown` gets the first results as soon as their fragments are in,
 * before the rest: a first search loads a fragment per result, one after another from disk, and the reader can
 * start reading the top of the list meanwhile. It says whether it drew them, so that the rest wait for the paint only then.
 */
export async function answer(typed: string, limits: Limits, firstShown?: (results: ResultView[]) => boolean, correct = true): Promise<Answer> {
	// A quotation mark left open quotes nothing (questions.ts).
	const balanced = withoutOpenQuote(typed);
	if (balanced !== typed) return answer(balanced, limits, firstShown, correct);
	const spellings = spellingsFor(typed);
	const { query, replaced, otherWords, unnamed } = rewriteQuery(typed, spellings);
	// A word typed with a hyphen that the text writes as two (“Secretary-General”), searched as two (compounds.ts), or as
	// one word, where the text writes it so (“co-operation”: “cooperation”), each said to be the text's spelling. Not a
	// spelling listed with its hyphen (“Kim Jong-un”), which had been taken apart first and said to be “Kim Jong un”.
	const hyphenListed = replaced.some(([variant]) => /\p{L}-\p{L}/u.test(variant));
	const vocabulary = /\p{L}-\p{L}/u.test(typed) && !hyphenListed ? await getVocabulary() : undefined;
	if (vocabulary) {
		const phraseFound = async (phrase: string) => (await searchOnce(await getEngine(), `"${phrase}"`, {}))?.results.length ?? 0;
		const spaced = await apart(typed, vocabulary.compounds, phraseFound);
		const closed = spaced ? undefined : closedUp(typed, vocabulary.words);
		if (spaced?.asWritten || closed) return { rewritten: 'spelling', ...(await answer(spaced?.query ?? closed!, limits, firstShown, correct)) };
		// One the text writes both ways (“partial-coverage”), or neither (“NATO-Russia”), by its parts, as the reader's words.
		const parts = spaced?.query ?? inParts(typed, vocabulary.compounds);
		if (parts) return answer(parts, limits, firstShown, correct);
	}
	const scope = scopeAsked(typed);
	// The register's first entries are drawn in their own group, and in their publisher's order, only at the end.
	const scoped = scope && (await inScope(scope, limits, scope.kind === SEARCH_KIND.source ? undefined : firstShown));
	if (scoped) return scoped;
	// Asked which allies are for or against, or undecided, their positions come first (questions.ts): the text's first
	// results are not drawn ahead of them.
	const stance = stanceAsked(typed);
	// Nor ahead of the sentence that answers whether Ukraine is in NATO (below).
	const onFirst = stance || membershipAsked(typed) ? undefined : firstShown;
	// A question is searched for its words of substance (client/search/questions.ts).
	const keywords = asKeywords(query);
	// An abbreviation in capitals, or a date, is searched as an exact phrase first (client/search/exact-phrases.ts); so is
	// a name of several words put in for the reader's spelling (“USA” had found “United Kingdom” and “European state”).
	// So are three words or more typed without quotation marks, which may be a half-remembered quotation (“not off the
	// table”): word by word, “table” had found the section's table first. Not a question's words of substance, no phrase.
	// An article before a name is no part of it (“the Membership Action Plan”).
	const phrase = withoutArticle(keywords.trim());
	const asPhrase = keywords === query && !isQuoted(keywords) && phrase.split(/\s+/).length >= 3;
	const among = phraseAmong(keywords);
	const exact =
		asExactPhrase(keywords) ??
		among ??
		(replaced.some(([, written]) => written.includes(' ')) && !isQuoted(keywords) ? `"${keywords}"` : asPhrase ? `"${phrase}"` : undefined);
	// A date's words one by one find far more than answer it, which `kept` drops: as many are looked at as on the
	// search page, so that the header lists what the search page lists first (“3 December” had found 4 results in the
	// header, which said so, and 7 on the search page). Not the date as a phrase, whose every result answers it. The
	// lists are cut to the limits when joined, where Pagefind's count beyond the words' list, of what `kept` drops, is
	// not counted. A header's date so loads up to 55 more fragments, once (at 200 sections, 0.5 s from disk).
	const widened = isDate(keywords) && limits.results < PAGE_LIMITS.results;
	const looked = widened ? { results: PAGE_LIMITS.results, sources: Math.max(limits.sources, PAGE_LIMITS.sources) } : limits;
	// A phrase is put in the order of its words searched one by one (see inOrderOf), as is one in the reader's own
	// quotes; a date is not.
	const exactly = exact ? await searchFor(exact, limits, { onFirst, rankBy: isDate(keywords) ? undefined : byWord(keywords) }) : undefined;
	const quoted = isQuoted(keywords) ? unquoted(keywords) : undefined;
	const first = exactly && !isEmpty(exactly) ? undefined : onFirst;
	// As typed, but parted as the query was (“art5” itself finds nothing), and without a title before a person the
	// briefing does not name: “President Macron” had listed register entries for “President” alone.
	const ownSpelling = replaced.length > 0 ? asKeywords(untitled(parted(typed, spellings), spellings)) : undefined;
	const searched = await searchFor(byWord(keywords), looked, { spelling: ownSpelling && byWord(ownSpelling), onFirst: first, registerSpellings: otherSpellings(keywords, spellings, ownSpelling), rankBy: quoted });
	// A date's words one by one find any December with a 3 somewhere, an article's every 4 of a date: after the
	// phrase itself, only what marks both (“3–4 December”), or both side by side (client/search/exact-phrases.ts).
	const usual = kept(searched, keywords);
	// A date is the exception: the record of the day, or days, that names it is its answer, put first.
	const found = exactly
		? isDate(keywords)
			? joined(dayFirst({ ...exactly, results: [...namingDay(usual, keywords), ...exactly.results] }, keywords), usual, limits, widened ? { results: !!exactly.cut?.results, sources: !!exactly.cut?.sources } : undefined)
			: joined(anchored(among ? onPagesOf(exactly, searched) : exactly, searched, keywords), usual, limits)
		: usual;
	// Nothing found for a word typed up to a y: look for it as typed so far (see client/search/unindexed-words.ts).
	const shorter = isEmpty(found) ? withoutFinalY(keywords) : undefined;
	const nearly = shorter ? await searchFor(shorter, limits, { onFirst }) : found;
	// Still nothing: the most of the words that are found together. Found, but with a word in no excerpt: it may be
	// found nowhere, standing in for something else (“Rutte Orbán” found Rutte and every “or”), and is left out.
	const search = (q: string) => searchFor(q, limits);
	// Which words are names, the last to leave out, is told by how the briefing writes them (the vocabulary).
	const cut = isEmpty(nearly) ? await withFewerWords(keywords, search, size, namesAsWritten((await getVocabulary()).words)) : await withoutAbsentWords(keywords, unansweredWords(keywords, texts(nearly)), search, size);
	// Letters alone left of what was typed answer nothing: “Un” of “Kim Jong Un” is the start of every “United”.
	const fewer = cut && onlyLetters(cut.searched) ? { ...cut, found: { results: [], sources: [], more: false } } : cut;
	// A possessive searched as its name is no other spelling to tell the reader of (“germany's position”).
	// The briefing's word or spelling is not said to be its alone where the text writes the reader's too (“UK”, “Ukrainian”).
	const respelled = unnamed.length > 0 ? 'unnamed' : searched.typedInText ? 'both' : otherWords ? 'word' : 'spelling';
	const rewritten = keywords !== query ? 'question' : query !== withoutPossessives(typed) ? respelled : undefined;
	const result: Answer = { query: keywords, ...(rewritten ? { rewritten } : {}), ...(rewritten === 'unnamed' ? { unnamed } : {}), ...(fewer?.found ?? nearly), ...(fewer ? { fewer: { searched: fewer.searched, without: fewer.without } } : {}) };
	// A name or word misspelt that Pagefind's stemming found all the same (“Brussells”, “irreversable”): the status
	// says so as it does of a word corrected, not that the briefing writes the slip its way (readers' trials).
	const asWritten = rewritten || fewer ? undefined : nameAsMarked(keywords, texts(result), result.results.flatMap((r) => [r.title, r.heading ?? '', ...r.subResults.map((s) => s.title)]));
	const commoner = asWritten && correct ? commonerSpelling(typed, asWritten, (await getVocabulary()).words) : undefined;
	const meantInstead = commoner && (await answer(rewriteQuery(commoner, __SPELLINGS__).query, limits, undefined, false));
	if (meantInstead && !isEmpty(meantInstead)) return { ...meantInstead, insteadOf: typed };
	if (asWritten) Object.assign(result, { query: asWritten, insteadOf: typed });
	result.results = withoutRepeats(entryNamedFirst(togetherFirst(result.results), keywords, typed));
	// Asked which allies are for or against, or undecided, or of one ally's stance (“why does Germany oppose”), the positions
	// asked about first: their rows hold no such verb.
	// So does a question of what an ally said or thinks of the request (“what did germany say about ukraine joining
	// nato” had led with West Germany's accession): its row is what it said.
	const speaker = saidOfTheRequest(query);
	const positions = stance ? await positionsHeld(stance, keywords) : speaksOfStance(typed) && !namesAnotherYear(typed) ? await positionsOf(query) : speaker ? await positionsOf(speaker) : [];
	// Asked only that (“who is for”), the words' own results had been every “who” and “for” after the rows; and no
	// headline in the register is an ally's stance (“… Claims on Southern Kuril Against Russia”).
	const besides = stance ? { results: keywords.split(/\s+/).every(isSmallWord) ? [] : result.results, sources: [], more: false } : result;
	if (positions.length > 0) return { ...result, ...joined({ results: positions, sources: [], more: false }, besides, limits) };
	// Asked what came of the meeting, the dated note first, as its words found it or else as it begins: it says
	// “did not reach a decision” where the reader asks what NATO decided. Asked what is new, the same.
	if (outcomeAsked(typed) || updatesAsked(typed)) {
		const notes = await recordsOfKind(SEARCH_KIND.update);
		const found = result.results.filter((r) => notes.some((n) => resultKey(n) === resultKey(r)));
		return { ...result, ...joined({ results: found.length > 0 ? found : notes, sources: [], more: false }, result, limits) };
	}
	// Asked whether Ukraine is in NATO, the sentence that says it is not, and when it may join, first.
	if (membershipAsked(typed)) return { ...result, ...joined(await searchFor('"Ukraine is not a member of NATO"', limits), result, limits) };
	if (!correct || !(isEmpty(result) || fewer)) return result;
	// A date with slashes read day first (spellings.ts) that finds nothing that day, read month first: 12/3/2024.
	const swapped = monthFirst(typed);
	const otherDay = swapped && (await answer(swapped, limits, undefined, false));
	if (otherDay && !isEmpty(otherDay) && !otherDay.fewer) return otherDay;
	// A word found only in notes is no misspelling (client/search/note-words.ts): its notes are named, not a word like it.
	const inNotes = onlyInNotes(fewer ? fewer.without.join(' ') : keywords, (await getVocabulary()).inNotes);
	if (inNotes.length > 0) return { ...result, inNotes };
	// Nothing found with every word: the words meant, where a word typed is not the briefing's (“Stoltenburg”,
	// “Artcle 5”). Their results, said so, if they hold more of the words: every one, or fewer left out.
	const meant = await corrected(typed, limits);
	const missing = (a: Answer) => a.fewer?.without.length ?? 0;
	return meant && (isEmpty(result) || missing(meant) < missing(result)) ? { ...meant, insteadOf: typed } : result;
}

/** What a reference page's entries hold of the words asked for there, if anything; the register's as its own group. */
async function inScope({ kind, place, words }: Scope, limits: Limits, firstShown?: (results: ResultView[]) => boolean): Promise<Answer | undefined> {
	const query = asKeywords(rewriteQuery(words, __SPELLINGS__).query);
	const found = await searchFor(byWord(query), { results: limits.results, sources: limits.results }, { onFirst: firstShown, scope: kind });
	return isEmpty(found) ? undefined : { query, ...found, sources: publisherFirst(found.sources, query), searchedIn: place };
}

/** What the closest spelling of what was typed that the briefing uses finds, if anything (client/search/suggestions.ts). */
async function corrected(typed: string, limits: Limits): Promise<Answer | undefined> {
	const { words, compounds } = await getVocabulary();
	// A phrase the text hyphenates, typed with spaces (“"full scale invasion"”), as written: each word alone is no phrase.
	const joined = hyphenated(typed, compounds);
	const closest = suggestQuery(joined ?? typed, words) ?? joined;
	if (!closest) return undefined;
	// The index holds the sources' spellings too (“Zelensky” in a headline): the briefing's own is searched.
	const found = await answer(rewriteQuery(closest, __SPELLINGS__).query, limits, undefined, false);
	return isEmpty(found) ? undefined : found;
}

/** The first letter is enough for Pagefind to fetch the index chunks the next keystroke will search. */
export const preload = (typed: string) => getEngine().then((pagefind) => pagefind.preload(rewriteQuery(typed, spellingsFor(typed)).query), () => {});
