import { pathToFileURL } from 'node:url';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { collectAffiliations } from '../../src/data/affiliations.ts';
import { namesAlly } from '../../src/client/search/allies-named.ts';
import type { Affiliation } from '../../src/search/affiliation.ts';
import { ROOT } from '../helpers/project.ts';

describe('the allies a question names', () => {
	const people: Affiliation[] = [['Joe Biden', 'United States'], ['Biden', 'United States'], ['Olaf Scholz', 'Germany']];

	it('by their names, a possessive’s s too, and not West Germany', () => {
		expect(namesAlly('germanys position', 'Germany', people)).toBe(true);
		expect(namesAlly('why does the United States oppose it', 'United States', people)).toBe(true);
		expect(namesAlly('who pushed for west germany to join nato', 'Germany', people)).toBe(false);
	});

	it('by a person who speaks for the ally, as the who’s who says: the rows name few leaders', () => {
		expect(namesAlly('did Biden support inviting Ukraine', 'United States', people)).toBe(true);
		expect(namesAlly('bidens view of an invitation', 'United States', people)).toBe(true);
		expect(namesAlly('did Biden support inviting Ukraine', 'Germany', people)).toBe(false);
		expect(namesAlly('did Biden support inviting Ukraine', 'United States', [])).toBe(false);
	});

	it('takes each person’s names from the who’s who, not groups, nor one elected who has yet to take office', () => {
		const affiliations = collectAffiliations(pathToFileURL(join(ROOT, 'content/')));
		expect(affiliations).toContainEqual(['Joe Biden', 'United States']);
		expect(affiliations).toContainEqual(['Biden', 'United States']);
		expect(affiliations).toContainEqual(['Robert Fico', 'Slovakia']);
		// President-elect on 29 November 2024: the United States' row is the government's stance, not his.
		expect(affiliations.filter(([name]) => /Trump/.test(name))).toEqual([]);
		expect(affiliations.filter(([name]) => /^NATO/.test(name))).toEqual([]);
	});

	it('counts an entry written without `kind` as a person, as the schema does', () => {
		// The fixture's one person has no `kind:`; the schema's default makes her a person, and search had left her out.
		expect(collectAffiliations(pathToFileURL(join(ROOT, 'tests/fixtures/minimal/')))).toEqual([['Ada Example', 'Exampleland'], ['Example', 'Exampleland']]);
	});
});
