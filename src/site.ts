/** Names used across the site's chrome. */
export const SITE = {
	name: 'Ukraine’s NATO invitation request',
	lang: 'en-GB',
} as const;
