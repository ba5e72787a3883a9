import { headingNames, type ResultView } from './results.ts';
import { namesMonth } from './exact-phrases.ts';
import { asksWhatWasSaid, isQuestion, isSmallWord, unquoted, withoutArticle } from './questions.ts';
import { answersWord, formOf, wordsOf } from './unindexed-words.ts';
import { fold } from '../../text/words.ts';
import { ROLE_AND_AFFILIATION } from '../../search/affiliation.ts';
import { positionOf } from '../../search/search-kinds.ts';
import { AFTER_NOTE, OPENING_TITLE } from '../../site/urls.ts';

/**
 * The order of a list of results, once each is drawn from what Pagefind
 * found (results.ts): what the query names first, the parts that hold its
 * words together before those that hold them apart, a dated note high, and
 * no text shown twice.
 */

const folded = (text: string) => fold(text).replace(/\s+/g, ' ').trim();

/**
 * The results with a glossary term or person named exactly as the query
 * first: a reader who types “consensus” is looking the word up, and Pagefind
 * ranked the section that uses it most above the entry that defines it.
 * Else an ally's position whose title holds every word searched for
 * (“Hungary”, “Germany position”, “what did Germany say”): where each ally
 * stands is what readers most often bring to this briefing. Else, asked
 * “who is …” or what someone said, the person whose name holds every word
 * searched for (“who is Rutte” had found Mark Rutte third); asked “what is
 * …”, the glossary term. Else, asked who,
 * the first ally's position found, or the first result that is no glossary
 * term; asked what, the first that is no person.
 * `typed` is the query as typed, question and all.
 */
export function entryNamedFirst(results: ResultView[], typedQuery: string, typed = typedQuery): ResultView[] {
	// A phrase in quotes names an entry as the same words do, and so does a name after “the” or “a” (“the
	// Membership Action Plan”).
	const query = withoutArticle(unquoted(typedQuery));
	// “Who’s who” is the page's name, not a question.
	const asked = /^\s*who\b/i.test(typed) && !/^\s*who(?:[’']s| is) who\b/i.test(typed) ? 'people' : /^\s*what\b/i.test(typed) ? 'glossary' : undefined;
	// Asked what someone said, the person the question names is the answer: “what did Rutte say” had put his entry
	// third. Only a person it names: “what did the declaration say” is about no one.
	const said = asksWhatWasSaid(typed);
	const searched = wordsOf(folded(query));
	const named = (title: string) => {
		const words = wordsOf(folded(title));
		return searched.length > 0 && searched.every((w) => words.includes(w));
	};
	const entry = (r: ResultView) => /\/(?:glossary|people)\.html#/.test(r.url) && (folded(r.title) === folded(query) || (asked !== undefined && r.url.includes(`/${asked}.html#`) && named(r.title)));
	const person = (r: ResultView) => said && r.url.includes('/people.html#') && named(r.title);
	// A person looked up by surname alone, as a reader does (not asked what it is): “Rutte” had put Mark Rutte's entry third.
	const surname = (r: ResultView) => asked !== 'glossary' && searched.length === 1 && r.url.includes('/people.html#') && wordsOf(folded(r.title)).at(-1) === searched[0];
	// An ally's position (markdown/position-rows.ts) answers its name: “Germany” had led with 1955. Its name,
	// not the position after the colon: “victory plan” is not asking for the allies that backed it.
	const position = (r: ResultView) => isPosition(r) && named(r.title.split(':')[0]);
	// An entry named exactly as the query, then an ally's position, then the person or entry the question names: “what did
	// Germany say” is asking for the ally's position, not for the Federal Republic of 1955.
	const exactly = results.findIndex((r) => entry(r) && folded(r.title) === folded(query));
	// A term of more than one word, typed with one word more of substance: “zelensky victory plan” had led with a key
	// point on the allies that backed the plan, the entry that says what it is fourth.
	// A letter alone is no word of substance: the “s” of “who’s who” had found every heading with a word in s.
	const substance = searched.filter((w) => !isSmallWord(w) && w.length > 1);
	const qualified = (r: ResultView) => {
		const words = wordsOf(folded(r.title));
		return r.url.includes('/glossary.html#') && words.length > 1 && words.every((w) => searched.includes(w)) && substance.filter((w) => !words.includes(w)).length === 1;
	};
	// A part whose heading is what was typed, word for word, question and all: “why now” had led with “Membership
	// later, an invitation now”, the overview's “Why now” second (a phone reader's trial).
	const typedWords = wordsOf(folded(typed)).join(' ');
	const titled = results.findIndex((r) => r.heading !== undefined && wordsOf(folded(r.heading)).join(' ') === typedWords);
	const at = [titled, exactly, results.findIndex(position), results.findIndex(person), results.findIndex(surname), !isQuestion(typed) || asked === 'people' ? byPost(results, substance) : -1, results.findIndex(entry), results.findIndex(qualified)].find((i) => i >= 0) ?? -1;
	if (at >= 0) return toFront(results, at);
	// Asked who, an ally's position that matched is the answer (“who backed the invitation” had led with the
	// background on invitations); else, a term's definition that the question does not name is no answer, nor
	// asked what, a person: “who opposed” had led with the ministerial meeting, defined “as opposed to”.
	const other = asked === 'people' ? 'glossary' : asked === 'glossary' ? 'people' : undefined;
	const ally = asked === 'people' ? results.findIndex(isPosition) : -1;
	// Else, asked anything, a part whose heading names what the question asks about, in its very words before its
	// stems: “how to cite” had led with “the examples cited”, and “How to cite it” third.
	const heads = (exactly: boolean) => (r: ResultView) => {
		if (r.heading === undefined) return false;
		const words = wordsOf(r.heading);
		return exactly ? substance.every((w) => words.includes(w)) : headingNames(r.heading, query);
	};
	// Searched for, not asked, a timeline's line comes second to the part whose heading has every word, as typed:
	// “Bucharest 2008” had led with the summit's line, above “Bucharest, 2008: a promise without a plan”. Not a date's
	// words, whose answer is the day's line; not one word, a term to look up (“irreversible”); nor a heading that only
	// shares their stems.
	const timeline = (r: ResultView) => r.url.includes('/timeline.html#');
	const timelineFirst = results[0] !== undefined && timeline(results[0]) && substance.length >= 2 && !namesMonth(query);
	const headed =
		substance.length === 0 ? -1
		: isQuestion(typed) ? ([true, false].map((exactly) => results.findIndex(heads(exactly))).find((i) => i >= 0) ?? -1)
		: timelineFirst ? results.findIndex(heads(true))
		: -1;
	// Asked whether, why or how, a timeline's line is no answer ahead of a part that explains: “does NATO vote” had led
	// with the day the Rada voted, and “is membership irreversible” with the line that says the word, above the terms
	// that explain them. Not asked when, how many or how long, which a line answers.
	const explains = EXPLAINING.test(typed) && results[0] !== undefined && timeline(results[0]) ? results.slice(0, 3).findIndex((r) => !timeline(r)) : -1;
	// Asked whether something happened, the dated note of what did happen answers, where it holds every word: “did
	// ukraine get the invitation” had led with Zelenskyy's proposal, the note saying that none was issued second.
	const outcome = /^\s*did\b/i.test(typed) ? results.findIndex((r) => r.url.includes(`#${AFTER_NOTE}`) && !r.apart) : -1;
	// Asked when something is or was, a timeline's line whose title holds every word of substance, or a form of it, which
	// begins with its date: “when is the meeting” had led with what to watch at it, the line of 3–4 December fourth (a
	// search trial). Not asked when something will or can be: “when will ukraine join” is no day Ukraine joined anything.
	const dated = WHEN_IT_WAS.test(typed) && substance.length > 0 ? results.slice(0, 5).findIndex((r) => timeline(r) && substance.every((w) => wordsOf(folded(r.title)).some((t) => t === w || formOf(t, w)))) : -1;
	const answer = ally >= 0 ? ally : outcome >= 0 ? outcome : dated >= 0 ? dated : headed >= 0 ? headed : other ? results.findIndex((r) => !r.url.includes(`/${other}.html#`)) : explains;
	return toFront(results, answer);
}

/** Asked when something is, was or happened, not when it will or could. */
const WHEN_IT_WAS = /^\s*when\s+(?:is|are|was|were|did)\b/i;

/**
 * A question a timeline's line does not answer: whether something is so, why or how, or when it will or could be
 * (“when will ukraine join” had led with Ukraine joining the Partnership for Peace in 1994); not whether something
 * happened (“did Sweden join NATO”: the day it joined says so), how many, how long or how old.
 */
const EXPLAINING = /^\s*(?:does|do|is|are|can|could|would|will|should|why|how(?!\s+(?:many|much|long|old|soon)\b)|when\s+(?:will|would|can|could|might|should|does|do)\b)\b/i;

/**
 * A person looked up by their post (“ukraine ambassador to nato”, “nato
 * secretary general”), or by their name and post (“rutte secretary
 * general”, “deborah haynes sky news”): the index of the entry whose name,
 * role and whom it serves hold every word of substance, two at least, one
 * of them in its name or role, named or asked who holds it (“how many
 * members does nato have” is no post): a
 * post held now before a former one (“Former Secretary General”), then the
 * words closest together (“Secretary General” before “Press Secretary
 * (Major General)”); -1 for none. The parts that name them had come first,
 * the entry fourth, or for a name and post, a timeline's line or a long
 * table's row.
 */
function byPost(results: ResultView[], substance: string[]): number {
	if (substance.length < 2) return -1;
	let best = -1;
	let bestRank = Infinity;
	results.forEach((r, i) => {
		if (r.post === undefined) return;
		const name = wordsOf(folded(r.title));
		const post = wordsOf(folded(r.post));
		const words = [...name, ...post];
		const at = substance.map((w) => words.findIndex((p) => answersWord(p, w)));
		if (at.some((a) => a < 0)) return;
		// Not by whom it serves alone, which names no post: “North Atlantic Treaty” had led with NATO's entry, which
		// serves the North Atlantic Treaty Organization; nor do “sky news” or “department of defense” lead with a person.
		const own = [...name, ...wordsOf(folded(r.post.split(ROLE_AND_AFFILIATION)[0]))];
		if (!substance.some((w) => own.some((p) => answersWord(p, w)))) return;
		const rank = (post[0] === 'former' ? 1000 : 0) + Math.max(...at) - Math.min(...at);
		if (rank < bestRank) [best, bestRank] = [i, rank];
	});
	return best;
}

/** The results with the one at `at` first, the rest in their order; as they are if `at` is 0 or none. */
const toFront = (results: ResultView[], at: number) => (at > 0 ? [results[at], ...results.slice(0, at), ...results.slice(at + 1)] : results);

/**
 * The results whose part holds every word searched for before those whose
 * part holds only some, each in its order: Pagefind finds a page with the
 * words anywhere on it, and “crimea invitation” had led with a part on
 * invitations, Crimea being in another part of the page, above the part
 * that says what an invitation would mean for Crimea.
 */
export const togetherFirst = (results: ResultView[]) => [...results.filter((r) => !r.apart), ...results.filter((r) => r.apart)];

/** Words in a row that two excerpts share when they show the same text. */
const SAME_TEXT_RUN = 8;

/**
 * The results less any that shows, on the same page, text an earlier one
 * already shows: an ally's row of the positions table is a record of its
 * own and a row of the part that holds the table, and “fico never agree” had
 * shown the same row first and second. The earlier is kept, where the
 * ranking put it.
 */
export function withoutRepeats(results: ResultView[]): ResultView[] {
	const runs = (r: ResultView) => {
		const words = wordsOf(r.text.replace(/<[^>]*>/g, ''));
		return new Set(words.slice(0, Math.max(0, words.length - SAME_TEXT_RUN + 1)).map((_, i) => words.slice(i, i + SAME_TEXT_RUN).join(' ')));
	};
	const pageOf = (r: ResultView) => r.url.split('#')[0];
	const kept: { result: ResultView; runs: Set<string> }[] = [];
	const repeats = (r: ResultView, own: Set<string>) => kept.some((k) => pageOf(k.result) === pageOf(r) && [...own].some((run) => k.runs.has(run)));
	for (const result of results) {
		// A page whose part repeats an earlier result opens at the next of its parts that does not: the section's
		// paragraph naming “Fico” had gone with the part holding his ally's row, shown above as a record of its own.
		// What `apart` said of the part it opened at is not said of another.
		const { apart: _apart, ...page } = result;
		// Only a part whose excerpt shows a match: “us smith” had opened one that showed none.
		const ways = [result, ...result.subResults.flatMap((s, i) => (s.text?.includes('<mark>') ? [{ ...page, url: s.url, heading: s.title === OPENING_TITLE ? undefined : s.title, text: s.text, subResults: result.subResults.filter((_, j) => j !== i) }] : []))];
		const shown = ways.map((r) => ({ result: r, runs: runs(r) })).find((w) => !repeats(w.result, w.runs));
		if (shown) kept.push(shown);
	}
	return kept.map((k) => k.result);
}

/** An ally's row of a table of positions (markdown/position-rows.ts), by the title the build gives it. */
const isPosition = (r: ResultView) => positionOf(r.title) !== undefined;

/**
 * The results with the best of the dated notes of later events that match
 * (`notes`) no lower than second. Such a note alone says what happened after
 * the briefing's date, and the long pages that use its words more often had
 * ranked it far down: “no invitation” did not show the note saying that the
 * allies issued none.
 */
export function noteUpFront(results: ResultView[], notes: ResultView[]): ResultView[] {
	const [note] = notes;
	if (!note) return results;
	const at = results.findIndex((r) => r.title === note.title && r.badge === note.badge);
	if (at === 0) return results;
	const others = results.filter((_, i) => i !== at);
	return [...others.slice(0, 1), note, ...others.slice(1)];
}
