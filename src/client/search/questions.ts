import { asTheBriefingPutsIt, opensWithoutSubject } from './question-phrasing.ts';

/**
 * A query asked as a question (“when is the meeting”, “what did Germany
 * say”) searched for its words of substance. Pagefind weighs every word,
 * and a page rich in “the” and “is” outranked the meeting, or answered
 * “what did Germany say” with a part that never names Germany. Only a
 * query that opens with a question word is cut down: in a name or a
 * phrase (“Partnership for Peace”, “Article 10: who decides”) the small
 * words stay, and a phrase in quotation marks is Pagefind's to match.
 */

// A request is asked as a question is (“tell us about the map”, “explain the consensus rule”): it had searched “us”;
// so is a comparison (“difference between invitation and membership” had found one passing mention of both).
const QUESTION = new Set('who whom whose what which when where why how did does do is are was were can could will would should has have had tell explain describe difference'.split(' '));
const FILLER = new Set(
	[
		...QUESTION,
		...'a an the of in on at to for from by with about into and or it its this that these those be been there their they he she his her we you i me my our your us say says said many much'.split(' '),
		// A question's “didn't” (as its letters: “didnt”) found every “did”: “why didn't NATO invite Ukraine” led with “What he did not say”.
		...'didnt doesnt dont isnt arent wasnt werent wont cant couldnt wouldnt shouldnt hasnt havent hadnt'.split(' '),
		// “where does Italy stand”: the briefing says where allies stand in no such words.
		...'stand stands stood'.split(' '),
		// “what does irreversible mean” found “means” alone, and “what's Article 6” was no question at all.
		...'mean means meaning whats whos wheres whens hows'.split(' '),
		// “what is the difference between invitation and membership” had searched for “difference” and “between”,
		// which no part that tells the two apart uses, and “while” in “how did … join while the country was divided”.
		...'difference differences between while whereas'.split(' '),
		// “can ukraine join nato during the war” had kept “during”, which the parts on joining at war do not use.
		'during',
		// “what did Sybiha write” had searched for “write”, and found the background's “in writing”.
		...'write writes wrote think thinks'.split(' '),
		// “is crimea part of ukraine” had searched for “part”, which opens “Partnership”, and “is crimea included in the
		// invitation” for “included”, which led with a part whose page includes Crimea elsewhere.
		...'part include includes included including'.split(' '),
		// “does ukraine belong to nato” asks of membership in words the briefing never uses: the status had said “without “belong””.
		...'belong belongs'.split(' '),
		// “what happens after an invitation” had searched for “happens”, and found the note on what happened at the meeting;
		// “what happened in vilnius” for “happened”, and found only the About page's account of its method. A question about
		// the meeting's outcome is answered with the dated note all the same (outcome-questions.ts).
		...'happen happens happened come comes'.split(' '),
		// “whats the west germany thing” had searched for “thing”, and found one passing mention.
		...'thing things stuff'.split(' '),
		// “did ukraine get the invitation” had searched for “get”, and found Zelenskyy's “get back” alone, not the note
		// that says none was issued.
		...'get gets got'.split(' '),
		// “how often do nato foreign ministers meet” had needed “often”, which the entry saying “twice a year” does not use.
		'often',
		// “why are some titles in square brackets” had been searched for “some titles”, dropping the brackets.
		'some',
	],
);

const QUOTES = /["“”]/g;
/** The query holds a phrase in quotation marks, the reader's to match whole. */
export const isQuoted = (query: string) => /["“”]/.test(query);
/**
 * Text the reader typed, or that was searched, in quotation marks for the
 * status line: a query the reader quoted whole is not quoted twice
 * (“"victory plan"”), and quotation marks inside it become single ones.
 */
export function inQuotes(text: string): string {
	const whole = /^["“]([^"“”]*)["”]$/.exec(text.trim());
	return `“${whole ? whole[1] : text.replace(/["“]([^"“”]*)["”]/g, '‘$1’')}”`;
}

/** A name without the article a reader may put before it (“the Membership Action Plan”). */
export const withoutArticle = (text: string) => text.replace(/^(?:the|an?)\s+/i, '');

/** The query's words, without its quotation marks. */
export const unquoted = (query: string) => query.replace(QUOTES, ' ').replace(/\s+/g, ' ').trim();

/**
 * The query without a quotation mark left open, the last one where their number is odd: it quotes nothing, and
 * Pagefind had searched “"unbalanced quote” as a phrase. A phrase closed before it stays one (“"victory plan" "NATO”).
 */
export function withoutOpenQuote(query: string): string {
	const marks = [...query.matchAll(QUOTES)];
	if (marks.length % 2 === 0) return query;
	const at = marks.at(-1)!.index;
	return `${query.slice(0, at)} ${query.slice(at + 1)}`.replace(/\s+/g, ' ').trim();
}

/** Words that, searched one by one, Pagefind takes as the start of any word: “a” for “allies” and “asked”. */
const STOP = new Set('a an the of in on at to for from by with about into and or as is are was were be been it its this that these those'.split(' '));

/**
 * A query to be searched word by word, less its articles, prepositions and
 * the like where a word of substance remains. Searched as the starts of
 * words, they had chosen the parts and the excerpts: “a final verdict” led
 * with “final weeks” and a heading's “A”, and “membership is a matter for
 * the future” with an excerpt that marked nothing. The exact phrase is
 * searched with them (client/search/answer.ts); a phrase in quotation marks is
 * Pagefind's to match whole.
 */
export function byWord(query: string): string {
	if (isQuoted(query)) return query;
	const words = query.trim().split(/\s+/);
	const kept = words.filter((w) => !STOP.has(w.toLowerCase()));
	return kept.length > 0 && kept.length < words.length ? kept.join(' ') : query;
}

/** A word of no substance on its own (“the”, “did”, “say”), by its letters alone. */
export const isSmallWord = (word: string) => FILLER.has(word.toLowerCase().replace(/[^\p{L}\p{N}]/gu, ''));

/** Verbs of saying or thinking, in every form a question puts them. */
const SAYING = String.raw`(?:say|says|said|write|writes|wrote|tell|tells|told|think|thinks|thought|argue|argues|argued)`;

/** Asked what someone said or wrote (“what did Rutte say”, “what does Hungary think”): about a person or an ally, not a term. */
const WHAT_WAS_SAID = new RegExp(String.raw`^\s*what\b.*\b${SAYING}\b`, 'i');
export const asksWhatWasSaid = (query: string) => WHAT_WAS_SAID.test(query);

/** What a question asks someone said or thinks: the speaker, and what it asks about after the verb. */
const SAID_BY = new RegExp(String.raw`^\s*what\s+(?:did|does|do|has|have)\s+(.+?)\s+${SAYING}\b(.*)$`, 'i');

/**
 * The speaker a question asks what it said of the request, if any (“what
 * did germany say about ukraine joining nato”, “what did lithuania say
 * about the letter”): an ally's answer is where it stands
 * (client/search/positions.ts). Not of anything else (“what did germany say in
 * 1955”, “at bucharest”).
 */
export function saidOfTheRequest(query: string): string | undefined {
	const [, speaker, about] = SAID_BY.exec(query) ?? [];
	return speaker !== undefined && onlyAbout(about, ABOUT_WHAT_WAS_SAID) ? speaker : undefined;
}

/** Every word of substance in `text` is one of `words` (by its letters and digits, in lower case). */
export const onlyAbout = (text: string, words: ReadonlySet<string>) =>
	text
		.split(/\s+/)
		.filter((w) => w !== '' && !isSmallWord(w))
		.every((w) => words.has(w.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '')));

/** The query opens with a question word (“what's” and “whats” as “what”), and has more words after it. */
export function isQuestion(query: string): boolean {
	if (isQuoted(query) || opensWithoutSubject(query)) return false;
	const words = query.trim().split(/\s+/);
	const first = words[0].toLowerCase();
	return words.length >= 2 && (QUESTION.has(first) || QUESTION.has(first.replace(/['’]?s$/, '')));
}

/**
 * A question asked after its subject, as one types a thought on
 * (“sybiha letter to foreign ministers what did he ask”): a question word
 * after two words or more, and three words or more from it on. Its small
 * words had been searched for, and found two passing mentions.
 */
const ASKED_AFTER = /^(?:\S+\s+){2,}(?:who|what|when|where|why|how)\s+\S+\s+\S+/i;

/**
 * The briefing asked about as the work the reader is in (“how to cite this
 * briefing”): its name is on every page, and searched for, it had chosen
 * the parts that say “the briefing” most (the register's “Every source the
 * briefing cites” first), not the one headed “How to cite it”.
 */
const THIS_WORK = /\b(?:this|the)\s+(?:briefing|site|website)(?:['’]s)?(?![\p{L}\p{N}])/giu;

/** The words a question asks the meaning of: those after its question's small words, up to its “mean”, unquoted. */
function wordsMeant(query: string): string {
	const words = query.trim().split(/\s+/);
	const first = words.findIndex((w) => !isSmallWord(w));
	const mean = words.findIndex((w, i) => i > first && /^(?:mean|means|meaning)\W*$/i.test(w));
	return words.slice(first, mean < 0 ? undefined : mean).join(' ').replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
}

/**
 * Joining, said in passing: kept from it (“can one country block ukraine
 * from joining”), or the subject of what someone said (“what did scholz say
 * about ukraine joining”). Only the longest parts, the steps from invitation
 * to membership and the arguments for and against, hold it beside every
 * other word, and they had come first and alone. Not how or when a country
 * joins (“how did west germany join nato”), which asks about the joining.
 */
const KEPT_FROM_JOINING = /\bfrom\s+joining\b/giu;
const JOINING = /\b(?:join|joins|joining|joined)\b/giu;
/** Who joins what, which leaves no words of substance of their own. */
const WHO_JOINS = /^(?:ukraine|ukraine['’]?s|nato|nato['’]?s)$/i;

/** The query's words of substance, if it is a question with any; else the query as it is. */
export function asKeywords(query: string): string {
	if (!isQuestion(query) && (isQuoted(query) || !ASKED_AFTER.test(query))) return query;
	const substance = (text: string) => asTheBriefingPutsIt(text).replace(/\s*[?？]+\s*$/u, '').trim().split(/\s+/).filter((w) => !isSmallWord(w));
	// The work's name stays where it is all the question asks about (“what is this briefing about”).
	const withoutWork = query.replace(THIS_WORK, 'the');
	const asked = substance(withoutWork).length > 0 ? withoutWork : query;
	// Joining in passing is left out where the question has words of its own besides: three, or one beside what was said.
	const said = asksWhatWasSaid(query);
	const beyondJoining = substance(asked.replace(said ? JOINING : KEPT_FROM_JOINING, 'from'));
	const kept = beyondJoining.filter((w) => !WHO_JOINS.test(w)).length >= (said ? 1 : 3) ? beyondJoining : substance(asked);
	// Asked what words of no substance on their own mean (“what does as of mean”), they are a phrase: “as” alone is
	// the start of every word in a.
	if (kept.length > 0 && kept.every((w) => STOP.has(w.toLowerCase().replace(/[^\p{L}]/gu, '')))) return `"${wordsMeant(query)}"`;
	// The question mark is no word to search for, and the status would show it after the words kept.
	return kept.length > 0 ? kept.join(' ').replace(/\s*[?？]+$/u, '') : query;
}

/**
 * Which allies a query asks about: “who…”, “which (NATO) countries…” and
 * the like, or those words alone as a search (“countries blocking the
 * invitation”, “NATO members against”): a word before them, if any, says
 * whose, and is not a name's first word (“United States”).
 */
const ALLIES = String.raw`(?:countr(?:y|ies)|all(?:y|ies)|members?|nations?|states?|governments?)`;
const WHOSE = ['nato', 'allied', 'european', 'western', 'other', 'member'];
// “whos against” as a phone types “who's”; “how many allies back ukraine” asks which, and how many of them there are.
const ABOUT_ALLIES = new RegExp(String.raw`^\s*(?:who(?:['’]?s)?\b|(?:which|what)\s+(?:\w+\s+)?${ALLIES}\b|(?:how\s+many\s+)?(?:(?:${WHOSE.join('|')})\s+)?${ALLIES}\b)`, 'i');
// Saying no is refusing, and saying yes backing: “did hungary say no” had led with the dated note, whose quotation has a “no”.
const SAY = String.raw`(?:say(?:s|ing)?|said)`;
const STANCE_AGAINST = String.raw`(?:oppos\w*|against|resist\w*|reject\w*|object\w*|block\w*|(?<!\b(?:a|the|can|could|has|have)\s)veto(?:e?s|ed|ing)?(?!\s+(?:power|right))|push(?:e?s|ed|ing)?\s+back|${SAY}\s+no)`;
// Wanting Ukraine (in NATO) is a stance too, asked the other way on a phone: “who doesnt want ukraine in nato”. Not
// wanting to join: “who wants to join NATO” asks which countries would. Pushing for it is backing it (“who pushed for
// an invitation” had found the one “pushed beyond the occupied Donbas”); pushing back is opposing it.
const STANCE_FOR = String.raw`(?:support\w*|${SAY}\s+yes|(?<!push\w*\s)(?:back|backs|backed|backing)|favou?r\w*|endors\w*|want\w*(?=\s+(?:ukraine|kyiv|it|them)\b)|(?:push|press|lobby|lobbie|lobbi)(?:e?s|ed|ing)?(?=\s+for\b))`;
/** Saying no or yes, a stance of two words, which the words' test one by one would not see. */
const SAYING_NO_OR_YES = new RegExp(String.raw`\b${SAY}\s+(?:no|yes)\b`, 'gi');
const AGAINST = new RegExp(String.raw`\b${STANCE_AGAINST}\b`, 'i');
const FOR = new RegExp(String.raw`\b${STANCE_FOR}\b`, 'i');
/** Being for it, as “against” is said: “who is for”, “which countries are for an invitation” had found every “for”. */
const BEING_FOR = /\b(?:who['’]?s|is|are)\s+for\b/i;
const NEGATION = String.raw`(?:not|never|cannot|\w+n[’']?t)`;
/** A negation right before the stance, a word between at most: “don't support”, “do not really back”. */
const NEGATED = new RegExp(String.raw`\b${NEGATION}\s+(?:\w+\s+)?(?:${STANCE_AGAINST}|${STANCE_FOR})\b`, 'i');
const A_NEGATION = new RegExp(`^${NEGATION}$`, 'i');
/**
 * What a question about the allies' stance may be about and still be about
 * the request the table reports on: “which countries oppose an invitation”,
 * “who supports Ukraine joining NATO”. Any other word (“Bucharest”, “2008”,
 * “arrangement”) makes it another question.
 */
export const ABOUT_THE_REQUEST = new Set([
	...'ukraine ukraines kyiv kyivs nato alliance invitation invitations invite invited inviting join joins joining joined membership member members accession plan victory request it its idea now countries country allies ally nations nation states state governments government'.split(' '),
	...WHOSE,
]);

/** An ally whose stance the reports leave open, in a reader's words (“which allies were undecided”): ‘Unclear’ in the table. */
const UNDECIDED_WORDS = String.raw`(?:unclear|undecided|unsure|uncommitted|ambivalent|on\s+the\s+fence)`;
const UNDECIDED = new RegExp(String.raw`\b${UNDECIDED_WORDS}\b`, 'i');
const EVERY_UNDECIDED = new RegExp(UNDECIDED.source, 'gi');
/** Not undecided is decided, which is either way: “who is not undecided” asks no one stance. */
const NOT_UNDECIDED = new RegExp(String.raw`\b${NEGATION}\s+(?:\w+\s+)?${UNDECIDED_WORDS}\b`, 'i');

/** A position in the table of allies' positions that a question may ask for. */
export type Stance = 'For' | 'Against' | 'Unclear';

/**
 * Asked which allies are for or against the request (“which countries
 * oppose an invitation”, “who supports Ukraine joining”), or undecided: the position
 * asked about, as the table of positions writes it, for the allies that
 * hold it to answer first. The rows say “Against” where a reader says
 * “oppose”, and no row holds every word of such a question. Undefined for
 * any other question, one about something else as well (“who opposed
 * Ukraine at Bucharest”), or one that asks both ways.
 */
export function stanceAsked(query: string): Stance | undefined {
	if (!ABOUT_ALLIES.test(query)) return undefined;
	const against = AGAINST.test(query);
	const undecided = UNDECIDED.test(query);
	const isFor = FOR.test(query) || BEING_FOR.test(query);
	if (undecided ? against || isFor || NOT_UNDECIDED.test(query) : against === isFor) return undefined;
	const others = query.replace(SAYING_NO_OR_YES, ' ').replace(EVERY_UNDECIDED, ' ').trim().split(/\s+/).filter((w) => !isSmallWord(w) && !AGAINST.test(w) && !FOR.test(w) && !A_NEGATION.test(w));
	// A stance word that is one only before what it is about (“want” before “Ukraine”, “push” before “for”) is no other subject.
	if (!others.every((w) => ABOUT_THE_REQUEST.has(w.toLowerCase().replace(/[^\p{L}]/gu, '')) || /^(?:want|push|press|lobb)/i.test(w))) return undefined;
	if (undecided) return 'Unclear';
	// “Which allies do not support it” asks for those against.
	return against !== NEGATED.test(query) ? 'Against' : 'For';
}

/** Words for where an ally stands, whichever way (“the US position on inviting Ukraine”, “Hungary's stance”, “did Germany agree”). */
const STANDING = /\b(?:positions?|stances?|views?|agree[sd]?)\b/i;

/** Asked whether someone is for something (“is france for a ukraine invite”): “for” alone is in every other query. */
const IS_FOR = /^\s*(?:is|are)\b.*\bfor\b/i;

/**
 * A year, or a decade, other than the request's, 2024, as the words of the
 * meeting below have it: the allies' rows say where they stood on the
 * request, not at Bucharest (“why did germany and france block the map in
 * 2008” had led with both allies' rows, the part on Bucharest third). A
 * number before a word of substance is a count or a name, no year asked
 * about (“2000 troops”, “the 2022 invasion”).
 */
export const namesAnotherYear = (query: string) =>
	[...query.matchAll(/\b((?:1[89]|20)\d\d)(?:s|['’]s)?\b(?:\s+(\p{L}+))?/gu)].some(([, year, next]) => year !== '2024' && (next === undefined || isSmallWord(next)));

/** The query speaks of backing or opposing, or of a position (“why does Germany oppose”, “does France support it”, “US position”). */
export const speaksOfStance = (query: string) => AGAINST.test(query) || FOR.test(query) || STANDING.test(query) || IS_FOR.test(query);

/** Words of a question about what an ally said of the request: the request's, and the letter that made it. */
const ABOUT_WHAT_WAS_SAID = new Set([...ABOUT_THE_REQUEST, 'letter']);

/**
 * Asked whether Ukraine is in NATO, or will be (“is ukraine in nato”, “is ukraine a nato member”, “will ukraine
 * join nato”): the briefing says so in one sentence, that it is not a member and joins only after the war, which
 * client/search/answer.ts puts first. Its words alone had led with the background's history of ties since 1994.
 */
const MEMBERSHIP = /^\s*(?:is|has|did|does|will|when\s+will|would)\s+ukraine\s+(?:(?:already|now|ever|yet)\s+)?(?:(?:part\s+of|belong\s+to|(?:going\s+to\s+)?join(?:ed|ing)?|(?:be(?:come)?\s+)?(?:in|an?\s+(?:full\s+)?member\s+of))\s+(?:nato|the\s+alliance)|(?:be(?:come)?\s+)?(?:an?\s+)?(?:full\s+)?(?:nato|alliance)\s+member)(?:\s+(?:yet|already|now|ever|soon))?\s*[?？]?\s*$/i;
export const membershipAsked = (query: string) => MEMBERSHIP.test(query);
