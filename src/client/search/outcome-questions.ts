import { ABOUT_THE_REQUEST, isQuestion, isQuoted, onlyAbout } from './questions.ts';

/**
 * Questions the dated note of later events answers: what came of the
 * meeting of 3–4 December, and what is new. Its words are not theirs (“did
 * not reach a decision”, “issued no invitation”), so client/search/answer.ts puts
 * the note first when these ask.
 */

/** A headline's verbs of refusal: “nato rejects ukraine invitation” asks what came of the request, as a question would. */
const REFUSING = 'reject rejects rejected refuse refuses refused deny denies denied snub snubs snubbed'.split(' ');
const REFUSAL = new RegExp(String.raw`\b(?:${REFUSING.join('|')}|turn(?:s|ed)?\s+down)\b`, 'i');

/** Words of a question about the meeting's outcome besides the request's: the meeting, those at it, and what they did. */
const ABOUT_THE_MEETING = new Set([
	...ABOUT_THE_REQUEST,
	...'decide decided decision agree agreed invite invited outcome result issue issued give gave get got receive received'.split(' '),
	...'meeting ministers minister foreign brussels december 2024 3 4 34 end after sybiha rutte'.split(' '),
	...'first second last day during results'.split(' '),
	...REFUSING,
	...'turn turns turned down'.split(' '),
]);
/** What a question about the outcome asks about: deciding, agreeing, inviting, what happened, or how the meeting ended. */
const OUTCOME = /\b(?:decided?|decision|agreed?|invited?|outcome|result|happened|end(?:ed)?)\b|\b(?:after|at|during)\s+the\s+meeting\b|\bon\s+the\s+(?:first|second|last)\s+day\s+of\s+the\s+meeting\b|\bin\s+the\s+end\b/i;
/** Asked in the past, or of after the meeting: “how does NATO decide” asks how, not what came of it. */
const IN_THE_PAST = /\b(?:did|was|were|decided|agreed|invited|happened)\b|\bafter\s+the\s+meeting\b|\bin\s+the\s+end\b/i;
/** The outcome named, as a headline or a phone puts it: “result of brussels meeting” had not found the note. */
const OUTCOME_NAMED = /\b(?:outcome|results?)\s+of\s+(?:the\s+)?(?:\w+\s+){0,3}meeting\b/i;

/**
 * Asked what came of the meeting of 3–4 December (“what did NATO decide on
 * 4 December”, “did the allies agree to invite Ukraine”, “what did Sybiha
 * say after the meeting”), or the outcome named (“result of brussels
 * meeting”). A question in the past, or a headline's refusal (“nato rejects
 * ukraine invitation”), of nothing but the request, the meeting and those
 * at it: not how NATO decides, nor what it decided at Bucharest.
 */
export function outcomeAsked(query: string): boolean {
	const asked = (isQuestion(query) && OUTCOME.test(query) && IN_THE_PAST.test(query)) || OUTCOME_NAMED.test(query);
	if (!asked && (isQuoted(query) || !REFUSAL.test(query))) return false;
	return onlyAbout(query, ABOUT_THE_MEETING);
}

/** Asked for what is new (“update”, “latest news”, “what's new”): “update” had found only the log's heading. */
export const updatesAsked = (query: string) =>
	/^\s*(?:(?:the\s+)?(?:latest|last|recent)\s+)?(?:updates?|news)\s*\??\s*$|^\s*(?:what['’]?s|whats|what\s+is|anything)\s+new\s*\??\s*$|^\s*latest\s*$/i.test(query);
