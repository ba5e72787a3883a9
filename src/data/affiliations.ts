import type { Affiliation } from '../search/affiliation.ts';
import { readDataFile } from './yaml.ts';

/**
 * Each person in the who's who, by name and by every alias, with the
 * country or body they speak for (`affiliation`), for search: a question
 * about a leader's stance is about their ally's (“did Biden support
 * inviting Ukraine” asks where the United States stood), and the table of
 * positions names few leaders. Groups are left out: they speak for many;
 * so is one elected who has yet to take office (Trump, on 29 November
 * 2024), and one who has left it: a row is the government's stance, not
 * theirs.
 */
export function collectAffiliations(content: URL): Affiliation[] {
	return readDataFile(content, 'people')
		.map(({ data }) => data)
		.filter((p) => p.kind !== 'group' && !/-elect\b|^former\b/i.test(p.role))
		.flatMap((p) => [p.name, ...p.aliases].map((name): Affiliation => [name, p.affiliation]));
}
