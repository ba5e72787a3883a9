/**
 * Settings of the site's chrome. The briefing's name, issuer, licence and
 * dates are publication data, in content/briefing.yaml.
 */
export const SITE = {
	lang: 'en-GB',
} as const;
