import type { Affiliation } from '../../search/affiliation.ts';
import { wordsOf } from './unindexed-words.ts';

/**
 * Whether `query` names `ally`, a possessive's s too, its apostrophe left
 * out as a phone leaves it (“germanys position”), or names a person who
 * speaks for it (“did Biden support inviting Ukraine”: the United States).
 */
export function namesAlly(query: string, ally: string, people: readonly Affiliation[]): boolean {
	const words = ` ${wordsOf(query).join(' ')} `;
	// Not West Germany, the state that joined in 1955 (“who pushed for west germany to join nato”).
	const named = (name: string) => new RegExp(`(?<! (?:west|east)) ${wordsOf(name).join(' ')}s? `).test(words);
	return named(ally) || people.some(([person, affiliation]) => affiliation === ally && named(person));
}
