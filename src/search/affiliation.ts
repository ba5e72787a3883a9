/**
 * A person and the country or body they speak for, from the who's who: the
 * build compiles the list into the search script (src/data/affiliations.ts),
 * which reads a question about a leader's stance as one about their ally's
 * (src/client/search/allies-named.ts). [“Biden”, “United States”].
 */
export type Affiliation = [name: string, affiliation: string];

/**
 * Between a person's role and whom they serve, as the who's who writes it and
 * search reads it back (“Ambassador to NATO · Ukraine”): search looks a
 * person up by the words of their role, not of whom they serve alone.
 */
export const ROLE_AND_AFFILIATION = ' · ';
