import { AstroError } from 'astro/errors';

/** The environment variable that sets, or with an empty value unsets, the site URL of content/briefing.yaml. */
const SITE_URL_VARIABLE = 'BRIEFING_SITE_URL';

/**
 * The address the site is published at, as a folder URL ending in `/`, or
 * undefined when none is set. BRIEFING_SITE_URL wins over `siteUrl` in
 * content/briefing.yaml, so a CI can publish one checkout at several places;
 * set to the empty string it turns the configured one off.
 */
export function resolveSiteUrl(fromFile: string | undefined, fromEnvironment = process.env[SITE_URL_VARIABLE]): string | undefined {
	const [value, origin] = fromEnvironment !== undefined ? [fromEnvironment.trim(), SITE_URL_VARIABLE] : [fromFile, 'content/briefing.yaml: siteUrl'];
	if (!value) return undefined;
	const url = URL.parse(value);
	if (!url || url.protocol !== 'https:' || url.search || url.hash || url.username || url.password) {
		throw new AstroError(
			`${origin}: expected an https:// address with no query or fragment, such as https://example.org/briefing/ (got "${value}")`,
			`The address readers will open the site at, as a folder: it goes into each page's citation and head. Set it in content/briefing.yaml, or in ${SITE_URL_VARIABLE} for one build; leave it out where the address is not known.`,
		);
	}
	if (!url.pathname.endsWith('/')) url.pathname += '/';
	return url.href;
}

/** The path the site lives under on its host: `/briefing/` for https://example.org/briefing/, `/` without a site URL. */
export function basePath(siteUrl: string | undefined): string {
	return siteUrl ? new URL(siteUrl).pathname : '/';
}

/** The absolute address of a file of the site, given as a path from its root (`background.html`, `` for the overview). */
export function absoluteUrl(siteUrl: string, path: string): string {
	return new URL(path.replace(/^\//, ''), siteUrl).href;
}
