/** Names used across the site's chrome. */
export const SITE = {
	name: 'Ukraine’s NATO invitation request',
	tagline: 'A briefing on the request for an invitation at the 3–4 December 2024 foreign ministers’ meeting',
	lang: 'en-GB',
} as const;
