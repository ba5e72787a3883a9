import { formatDate } from '../text/dates.ts';
import { absoluteUrl } from './site-url.ts';
import type { CitedWork, PublicationData } from './work.ts';

/** A meta element: `name` or `property` (Open Graph uses the latter), its key, its content, and an optional media query. */
interface MetaTag {
	attribute: 'name' | 'property';
	key: string;
	content: string;
	media?: string;
}

interface CitedSource {
	title: string;
}

export interface HeadInput {
	publication: PublicationData;
	/** The page's title and description as the page shows them. */
	title: string;
	description: string;
	/** The page as a citable work; none for pages that are not part of the text (search, 404). */
	work?: CitedWork;
	/** The schema.org type of a part: `Article` for a section, `WebPage` for a reference page. The whole briefing is a `Report`. */
	partType?: 'Article' | 'WebPage';
	/** The sources the page cites, for JSON-LD `citation`. */
	sources?: CitedSource[];
	/** Light and dark page colours, for the browser's chrome. */
	themeColors: { light: string; dark: string };
	/** Root-relative path of the social card, when one is made. */
	socialCard?: { path: string; width: number; height: number };
}

export interface HeadMeta {
	meta: MetaTag[];
	/** <link rel="canonical">, only with a site URL. */
	canonical?: string;
	/** JSON-LD object, for a <script type="application/ld+json">. */
	jsonLd?: Record<string, unknown>;
}

const slashDate = (date: string) => date.replaceAll('-', '/');
const organisation = (name: string) => ({ '@type': 'Organization', name });

/**
 * The head metadata of one page, for everything that reads a page without
 * reading the page: link previews (Open Graph, which Twitter/X also reads
 * after its own card type), reference managers and scholarly indexes
 * (Highwire Press `citation_*`, as Zotero's Embedded Metadata translator and
 * Google Scholar read them; Dublin Core), and search engines (JSON-LD).
 *
 * A reading page has 14 KB, so what its readers find elsewhere is not
 * repeated: the language is the page's <html lang> (Zotero and Open Graph
 * readers fall back on it), the description the meta description, and the
 * sources are cited by title only. Zotero reads the item type from the `citation_*` names: a report from
 * `citation_technical_report_institution`, a book section from
 * `citation_book_title` (it reads `citation_inbook_title`, Google Scholar's
 * name, only as the container's title, so a part carries both). It splits any
 * `citation_author` into first and last name, so an issuing body is given as
 * `citation_publisher`, never as an author.
 */
export function headMeta({ publication, title, description, work, partType = 'Article', sources = [], themeColors, socialCard }: HeadInput): HeadMeta {
	const site = publication.siteUrl;
	const image = site && socialCard ? absoluteUrl(site, socialCard.path) : undefined;
	const meta: MetaTag[] = [
		{ attribute: 'name', key: 'theme-color', content: themeColors.light, media: '(prefers-color-scheme: light)' },
		{ attribute: 'name', key: 'theme-color', content: themeColors.dark, media: '(prefers-color-scheme: dark)' },
		{ attribute: 'property', key: 'og:type', content: 'article' },
		{ attribute: 'property', key: 'og:title', content: title },
		{ attribute: 'property', key: 'og:description', content: description },
		{ attribute: 'property', key: 'og:site_name', content: publication.title },
		...(work?.url ? [{ attribute: 'property', key: 'og:url', content: work.url } as MetaTag] : []),
		...(image && socialCard
			? ([
					{ attribute: 'property', key: 'og:image', content: image },
					{ attribute: 'property', key: 'og:image:width', content: String(socialCard.width) },
					{ attribute: 'property', key: 'og:image:height', content: String(socialCard.height) },
					{ attribute: 'property', key: 'og:image:alt', content: `${publication.title}: ${publication.genre.toLowerCase()} as of ${formatDate(publication.asOf)}` },
				] as MetaTag[])
			: []),
		{ attribute: 'name', key: 'twitter:card', content: image ? 'summary_large_image' : 'summary' },
	];
	if (!work) return { meta };

	const name = (key: string, content: string): MetaTag => ({ attribute: 'name', key, content });
	const people = work.authors.map((a) => `${a.given} ${a.family}`);
	meta.push(
		name('citation_title', work.title),
		...people.map((p) => name('citation_author', p)),
		name('citation_publisher', work.publisher),
		name('citation_publication_date', slashDate(work.issued)),
		...(work.kind === 'report'
			? [name('citation_technical_report_institution', work.issuedBy)]
			: [name('citation_inbook_title', work.container!), name('citation_book_title', work.container!)]),
		name('DC.title', work.title),
		...people.map((p) => name('DC.creator', p)),
		name('DC.publisher', work.publisher),
		name('DC.date', work.issued),
		name('DC.rights', work.licence.url),
	);

	const author = work.authors.length ? work.authors.map((a) => ({ '@type': 'Person', givenName: a.given, familyName: a.family })) : organisation(work.issuedBy);
	const jsonLd: Record<string, unknown> = {
		'@context': 'https://schema.org',
		'@type': work.kind === 'report' ? 'Report' : partType,
		headline: work.title,
		datePublished: work.issued,
		dateModified: work.updated,
		author,
		publisher: organisation(work.publisher),
		license: work.licence.url,
		...(work.kind === 'part' ? { isPartOf: { '@type': 'Report', name: work.container, ...(site ? { url: site } : {}) } } : {}),
		...(work.url ? { url: work.url, mainEntityOfPage: work.url } : {}),
		...(image ? { image } : {}),
		// Titles only, as text: with their addresses, or as CreativeWork objects, the
		// sources would cost a reading page 0.1–0.8 KB brotli more, past its budget.
		...(sources.length ? { citation: sources.map((s) => s.title) } : {}),
	};
	return { meta, canonical: work.url, jsonLd };
}

/** JSON for inside a <script> element: `<` escaped, so no `</script>` or `<!--` can end it early. */
export const scriptJson = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c');
