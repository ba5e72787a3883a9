import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';
import { formatDate } from '../text/dates.ts';
import type { PublicationData } from './work.ts';
import type { ChangeLabel } from './log.ts';
import { PAGE_COLOURS } from '../styles/page-colours.ts';

/**
 * The briefing's title drawn as an image, at two sizes: the link preview,
 * one for the whole briefing, at the size Open Graph and X recommend; and
 * the EPUB's cover, upright as a book's, which e-readers show in their
 * libraries (without one the book was a blank tile).
 */
export interface CardSize {
	path: string;
	width: number;
	height: number;
}
export const SOCIAL_CARD = { path: 'social-card.png', width: 1200, height: 630 } as const satisfies CardSize;
/** Small enough to keep the book light (a library's tile is smaller still), large enough for a reader's cover view. */
export const BOOK_COVER = { path: 'cover.png', width: 800, height: 1200 } as const satisfies CardSize;

export interface CardText {
	/** Small line above the title: the genre. */
	kicker: string;
	title: string;
	/** The overview's headline. */
	subtitle: string;
	/** The issuing body, and the dates: "As of 29 November 2024 · Updated 4 December 2024" (or “Corrected”). */
	byline: string;
	dates: string;
}

/** What the card says: the genre, the title, the overview's headline, the issuer and the dates. */
export function cardText(publication: Pick<PublicationData, 'genre' | 'title' | 'issuedBy' | 'asOf' | 'updated'> & { changed: ChangeLabel }, headline: string): CardText {
	const { genre, title, issuedBy, asOf, updated, changed } = publication;
	const dates = `As of ${formatDate(asOf)}${updated > asOf ? ` · ${changed} ${formatDate(updated)}` : ''}`;
	return { kicker: genre, title, subtitle: headline, byline: issuedBy, dates };
}

/** The site's light palette. */
const COLOURS = PAGE_COLOURS.light;

type Node = { type: string; props: { style: Record<string, unknown>; children?: Node[] | string } };
const box = (style: Record<string, unknown>, children?: Node[] | string): Node => ({ type: 'div', props: { style: { display: 'flex', ...style }, children } });

/**
 * Draws the card at `size`: satori lays the text out as SVG with a font read
 * from @fontsource/source-serif-4 (.woff, which satori reads; it cannot read
 * woff2), and resvg renders it to PNG with no system font, so the bytes
 * depend on nothing but the text and these files. Every build makes the
 * cover, for the EPUB, after Astro's own modules are unloaded: the two
 * libraries are imported with this module, not on demand.
 */
export async function renderCard(text: CardText, size: CardSize = SOCIAL_CARD): Promise<Uint8Array<ArrayBuffer>> {
	const require = createRequire(import.meta.url);
	const font = (weight: 400 | 700) => readFile(require.resolve(`@fontsource/source-serif-4/files/source-serif-4-latin-${weight}-normal.woff`));
	const [regular, bold] = await Promise.all([font(400), font(700)]);
	const { width, height } = size;
	// Sizes are set outright, in the link preview's proportions: satori adds padding and borders to a set width, as in
	// CSS's content-box. The cover, narrower, sets its dates under the issuer.
	const scale = width / SOCIAL_CARD.width;
	const upright = height > width;
	// On the cover, with the height to spare, the type a third larger than the width alone would give.
	const type = upright ? scale * 1.35 : scale;
	const [padX, padY, bar] = [72 * scale, 60 * scale, 16 * scale];
	const card = box({ width, height, flexDirection: 'column', backgroundColor: COLOURS.bg, color: COLOURS.text, fontFamily: 'Source Serif 4' }, [
		box({ width, height: bar, backgroundColor: COLOURS.accent }),
		box({ width: width - 2 * padX, height: height - bar - 2 * padY, margin: `${padY}px ${padX}px`, flexDirection: 'column', justifyContent: 'space-between' }, [
			box({ flexDirection: 'column' }, [
				box({ fontSize: 28 * type, color: COLOURS.accent, letterSpacing: 2 * type, textTransform: 'uppercase' }, text.kicker),
				box({ fontSize: 76 * type, fontWeight: 700, lineHeight: 1.08, marginTop: 16 * type }, text.title),
				box({ fontSize: 34 * type, lineHeight: 1.3, marginTop: 20 * type, color: COLOURS.muted }, text.subtitle),
			]),
			box({ flexDirection: upright ? 'column' : 'row', justifyContent: 'space-between', borderTop: `${2 * scale}px solid ${COLOURS.rule}`, paddingTop: 20 * scale, fontSize: 26 * type }, [
				box({}, text.byline),
				box({ color: COLOURS.muted, marginTop: upright ? 8 * type : 0 }, text.dates),
			]),
		]),
	]);
	const svg = await satori(card as Parameters<typeof satori>[0], {
		width,
		height,
		fonts: [
			{ name: 'Source Serif 4', data: regular, weight: 400, style: 'normal' },
			{ name: 'Source Serif 4', data: bold, weight: 700, style: 'normal' },
		],
	});
	return new Uint8Array(new Resvg(svg, { fitTo: { mode: 'original' }, font: { loadSystemFonts: false } }).render().asPng());
}
