import type { Answer } from './joined-answers.ts';
import { inQuotes } from './questions.ts';
import { listed } from '../../text/lists.ts';

/** Characters a query needs before it is searched. */
export const MIN_LENGTH = 2;

const squeezed = (text: string) => text.replace(/\s+/g, ' ').trim().toLowerCase();

/**
 * What the status line says of the answer to `typed`, or of none where it
 * is too short to search. Where nothing was found, `nothing` is set: the
 * line goes on to the whole briefing on one page, which the search links,
 * where the browser's own find looks at every word.
 */
export function statusText(typed: string, found: Answer | undefined): { text: string; nothing?: true } {
	if (!found) return { text: typed ? `Type at least ${MIN_LENGTH} characters.` : '' };
	const [text, register] = [found.results.length, found.sources.length];
	// What was searched, where it is not what was typed: a question's words of substance, or the briefing's spelling.
	// A person the briefing never names is searched as the ally they speak for, and said so: “the briefing’s words
	// for “Macron”” had claimed it had some (a reader's trial). Among other words, the people are named apart: “for “Scholz
	// Baerbock”, whom the briefing does not name” had said that of Scholz, whom it does.
	const people = found.unnamed ?? [];
	const shown =
		!found.rewritten || squeezed(found.query) === squeezed(typed)
			? inQuotes(typed)
			: found.rewritten === 'unnamed'
				? people.length === 1 && squeezed(people[0]) === squeezed(typed)
					? `${inQuotes(found.query)}, for ${inQuotes(typed)}, whom the briefing does not name`
					: `${inQuotes(found.query)}, for ${inQuotes(typed)}; the briefing does not name ${people.map(inQuotes).join(' or ')}`
				: found.rewritten === 'both'
					? `${inQuotes(found.query)} and ${inQuotes(typed)}`
					: `${inQuotes(found.query)}, ${{ question: 'from the question', word: 'the briefing’s words for', spelling: 'the briefing’s way of writing' }[found.rewritten]} ${inQuotes(typed)}`;
	// A word written only in notes: where it is, rather than other words to try (inNotes below says where).
	if (text + register === 0) return found.inNotes ? { text: `No results for ${shown} in the text.` } : { text: `No results for ${shown}. Try other words, or your browser’s find on `, nothing: true };
	// The text's results and the register's entries counted apart, each list said to be cut where it is: “The first 27
	// results” had counted twelve of the text, all of them, with the register's first fifteen, and the same search
	// read “The first 11” in the header, “The first 55”, then “53 …”, then “91” on the search page as the reader
	// asked for more.
	const cut = found.cut ?? { results: found.more, sources: found.more };
	const all = (n: number) => (n === 1 ? '1 result' : `${n} results`);
	const counted = text > 0 ? (cut.results ? `The first ${text} results` : all(text)) : cut.sources ? `The first ${register} results` : all(register);
	// The register alone: said so, since the list under the status is only its group (“3 results for “zelenskys plan””
	// had read as the briefing's own).
	const inRegister = text > 0 && register > 0 ? `, and ${cut.sources ? 'the first ' : ''}${register} in the source register` : text === 0 ? ', all in the source register' : '';
	// Results for other words than typed: the briefing's for a misspelling, fewer where none has every word.
	const without = found.fewer ? `, without ${found.fewer.without.map(inQuotes).join(' or ')}` : '';
	const searched = `${inQuotes(found.fewer?.searched ?? found.query)}${without}`;
	if (found.searchedIn) return { text: `${counted} for ${inQuotes(found.query)} ${found.searchedIn}, from ${inQuotes(typed)}.` };
	if (found.insteadOf) return { text: `No results for ${inQuotes(typed)}. ${counted} for ${searched}${inRegister}.` };
	if (found.fewer) return { text: `No result has every word of ${inQuotes(typed)}. ${counted} for ${searched}${inRegister}.` };
	return { text: `${counted} for ${shown}${inRegister}.` };
}

/**
 * Where the words written only in notes are, to follow the status line:
 * “ “Harpsund” is only in a note: Section 4, note 31.”, each note a link;
 * words in the same notes are named together (“ “George” and “Bush” are”).
 * `href` makes a note's address (from the site's root) the page's.
 */
function inNotesSaid(found: Answer | undefined, href: (url: string) => string): (string | HTMLAnchorElement)[] {
	return (found?.inNotes ?? []).flatMap(({ words, notes }) => [
		` ${listed(words.map(inQuotes))} ${words.length === 1 ? 'is' : 'are'} only in ${notes.length === 1 ? 'a note' : 'notes'}: `,
		...notes.flatMap(([url, label], i) => [...(i > 0 ? ['; '] : []), Object.assign(document.createElement('a'), { href: href(url), textContent: label })]),
		'.',
	]);
}

/**
 * The status line as drawn: its text; where nothing was found, a way on, the
 * whole briefing on one page, not a dead end; the notes that hold a word
 * searched for; and, with a keyboard to press them, the arrow keys, where
 * there are results to move through. Addresses are from the site's `root`.
 */
export function statusLine(typed: string, found: Answer | undefined, root: URL, keyboard: boolean): (string | HTMLElement)[] {
	const status = statusText(typed, found);
	const all = () => Object.assign(document.createElement('a'), { href: new URL('all.html', root).href, textContent: 'the whole briefing on one page' });
	const count = (found?.results.length ?? 0) + (found?.sources.length ?? 0);
	return [
		...(status.nothing ? [status.text, all(), '.'] : [status.text]),
		...inNotesSaid(found, (url) => new URL(url, root).href),
		...(count > 0 && keyboard ? [Object.assign(document.createElement('span'), { className: 'search-results__keys', textContent: ' Use the arrow keys to move through them.' })] : []),
	];
}
