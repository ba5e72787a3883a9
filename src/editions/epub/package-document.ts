import { createHash } from 'node:crypto';
import { escapeUTF8 } from 'entities';

export interface BookMeta {
	title: string;
	/** Who the book is by: its authors, or else the body that issues it, as the site's citations credit them. */
	creators: string[];
	publisher: string;
	language: string;
	/** What the reader may do with it, when the publisher says. */
	licence?: string;
	description?: string;
	/** The date the briefing is current to (YYYY-MM-DD). */
	asOf: string;
	/** Its last significant change (YYYY-MM-DD): the book's dcterms:modified. */
	modified: string;
	/** The site it is made from, where the current version is, when the site has an address. */
	address?: string;
}

export interface BookItem {
	id: string;
	href: string;
	mediaType: string;
	properties?: string;
	/** In the reading order, and where: undefined for resources outside the spine. */
	spine?: 'linear' | 'auxiliary';
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The manifest id of the cover image. */
export const COVER_ID = 'cover-image';

/**
 * A name-based (version 5) UUID, so the book's identifier is the same on
 * every build of the same title and differs between titles: no clock, no randomness.
 */
export function uuidFromName(name: string): string {
	const namespace = Buffer.from('6ba7b8119dad11d180b400c04fd430c8', 'hex'); // RFC 9562's URL namespace
	const bytes = createHash('sha1').update(namespace).update(name, 'utf8').digest().subarray(0, 16);
	bytes[6] = (bytes[6] & 0x0f) | 0x50;
	bytes[8] = (bytes[8] & 0x3f) | 0x80;
	const hex = bytes.toString('hex');
	return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/**
 * What the book says about its accessibility (EPUB Accessibility 1.1, in
 * schema.org terms): readable as text alone, since every figure has a title,
 * a description and its data as text; structured for navigation; no hazards.
 */
const ACCESSIBILITY: [string, string][] = [
	['schema:accessMode', 'textual'],
	['schema:accessMode', 'visual'],
	['schema:accessModeSufficient', 'textual'],
	['schema:accessModeSufficient', 'textual,visual'],
	['schema:accessibilityFeature', 'structuralNavigation'],
	['schema:accessibilityFeature', 'tableOfContents'],
	['schema:accessibilityFeature', 'readingOrder'],
	['schema:accessibilityFeature', 'alternativeText'],
	['schema:accessibilityFeature', 'longDescription'],
	['schema:accessibilityFeature', 'displayTransformability'],
	['schema:accessibilityFeature', 'ARIA'],
	['schema:accessibilityHazard', 'none'],
	[
		'schema:accessibilitySummary',
		'The briefing as text, in reading order, with a contents list of every chapter and its headings. Each note is a footnote linked to and from its reference. The map and the timeline are drawn as SVG figures, each with a title and a description; the map’s members are also listed in a table and every timeline event is listed as text, so nothing depends on seeing a figure. The book sets no colours or fonts for its text, so reading systems’ night modes and font choices apply.',
	],
	['dcterms:conformsTo', 'EPUB Accessibility 1.1 - WCAG 2.2 Level AA'],
];

/** The package document (content.opf). */
export function packageDocument(meta: BookMeta, items: BookItem[]): string {
	for (const field of ['asOf', 'modified'] as const) {
		if (!DATE.test(meta[field])) throw new Error(`EPUB metadata: ${field} "${meta[field]}" is not a YYYY-MM-DD date`);
	}
	for (const field of ['title', 'publisher', 'language'] as const) {
		if (!meta[field]?.trim()) throw new Error(`EPUB metadata: ${field} is empty`);
	}
	if (meta.creators.length === 0 || meta.creators.some((creator) => !creator.trim())) throw new Error('EPUB metadata: a creator is empty, or none is named');
	const x = escapeUTF8;
	const metadata = [
		`<dc:identifier id="pub-id">urn:uuid:${uuidFromName(meta.title)}</dc:identifier>`,
		`<dc:title>${x(meta.title)}</dc:title>`,
		`<dc:language>${x(meta.language)}</dc:language>`,
		...meta.creators.map((creator) => `<dc:creator>${x(creator)}</dc:creator>`),
		`<dc:publisher>${x(meta.publisher)}</dc:publisher>`,
		`<dc:date>${meta.asOf}</dc:date>`,
		...(meta.description ? [`<dc:description>${x(meta.description)}</dc:description>`] : []),
		...(meta.licence ? [`<dc:rights>${x(meta.licence)}</dc:rights>`] : []),
		...(meta.address ? [`<dc:source>${x(meta.address)}</dc:source>`] : []),
		`<meta property="dcterms:modified">${meta.modified}T00:00:00Z</meta>`,
		...ACCESSIBILITY.map(([property, value]) => `<meta property="${property}">${x(value)}</meta>`),
		`<meta property="a11y:certifiedBy">${x(meta.publisher)}</meta>`,
		// EPUB 2's way of naming the cover, which reading systems that predate EPUB 3 still look for.
		...(items.some((i) => i.id === COVER_ID) ? [`<meta name="cover" content="${COVER_ID}"/>`] : []),
	];
	const manifest = items.map(
		(i) => `<item id="${i.id}" href="${x(i.href)}" media-type="${i.mediaType}"${i.properties ? ` properties="${i.properties}"` : ''}/>`,
	);
	const spine = items.filter((i) => i.spine).map((i) => `<itemref idref="${i.id}"${i.spine === 'auxiliary' ? ' linear="no"' : ''}/>`);
	return [
		'<?xml version="1.0" encoding="UTF-8"?>',
		`<package xmlns="http://www.idpf.org/2007/opf" version="3.0" unique-identifier="pub-id" xml:lang="${x(meta.language)}">`,
		'<metadata xmlns:dc="http://purl.org/dc/elements/1.1/">',
		...metadata.map((line) => `  ${line}`),
		'</metadata>',
		'<manifest>',
		...manifest.map((line) => `  ${line}`),
		'</manifest>',
		'<spine>',
		...spine.map((line) => `  ${line}`),
		'</spine>',
		'</package>',
		'',
	].join('\n');
}

export const CONTAINER_XML = [
	'<?xml version="1.0" encoding="UTF-8"?>',
	'<container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">',
	'  <rootfiles><rootfile full-path="EPUB/package.opf" media-type="application/oebps-package+xml"/></rootfiles>',
	'</container>',
	'',
].join('\n');
