import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { formatDate } from '../text/dates';
import type { PublicationData } from './work';

/** The link-preview image: one for the whole briefing, at the size Open Graph and X recommend. */
export const SOCIAL_CARD = { path: 'social-card.png', width: 1200, height: 630 } as const;

export interface CardText {
	/** Small line above the title: the genre. */
	kicker: string;
	title: string;
	/** The overview's headline. */
	subtitle: string;
	/** The issuing body, and the dates: "As of 29 November 2024 · Updated 4 December 2024". */
	byline: string;
	dates: string;
}

/** What the card says: the genre, the title, the overview's headline, the issuer and the dates. */
export function cardText(publication: PublicationData, headline: string): CardText {
	const { genre, title, issuedBy, asOf, updated } = publication;
	const dates = `As of ${formatDate(asOf)}${updated > asOf ? ` · Updated ${formatDate(updated)}` : ''}`;
	return { kicker: genre, title, subtitle: headline, byline: issuedBy, dates };
}

/** The site's light palette (src/styles/tokens.css). */
const COLOURS = { bg: '#fdfcf8', text: '#1c1b19', muted: '#57534b', accent: '#8a5a00', rule: '#d6d1c4' };

type Node = { type: string; props: { style: Record<string, unknown>; children?: Node[] | string } };
const box = (style: Record<string, unknown>, children?: Node[] | string): Node => ({ type: 'div', props: { style: { display: 'flex', ...style }, children } });

/**
 * Draws the card: satori lays the text out as SVG with a font read from
 * @fontsource/source-serif-4 (.woff, which satori reads; it cannot read
 * woff2), and resvg renders it to PNG with no system font, so the bytes
 * depend on nothing but the text and these files. Both libraries load only
 * when a card is made, that is when a site URL is configured.
 */
export async function renderSocialCard(text: CardText): Promise<Uint8Array<ArrayBuffer>> {
	const [{ default: satori }, { Resvg }] = await Promise.all([import('satori'), import('@resvg/resvg-js')]);
	const require = createRequire(import.meta.url);
	const font = (weight: 400 | 700) => readFile(require.resolve(`@fontsource/source-serif-4/files/source-serif-4-latin-${weight}-normal.woff`));
	const [regular, bold] = await Promise.all([font(400), font(700)]);
	const { width, height } = SOCIAL_CARD;
	// Sizes are set outright: satori adds padding and borders to a set width, as in CSS's content-box.
	const [padX, padY, bar] = [72, 60, 16];
	const card = box({ width, height, flexDirection: 'column', backgroundColor: COLOURS.bg, color: COLOURS.text, fontFamily: 'Source Serif 4' }, [
		box({ width, height: bar, backgroundColor: COLOURS.accent }),
		box({ width: width - 2 * padX, height: height - bar - 2 * padY, margin: `${padY}px ${padX}px`, flexDirection: 'column', justifyContent: 'space-between' }, [
			box({ flexDirection: 'column' }, [
				box({ fontSize: 28, color: COLOURS.accent, letterSpacing: 2, textTransform: 'uppercase' }, text.kicker),
				box({ fontSize: 76, fontWeight: 700, lineHeight: 1.08, marginTop: 16 }, text.title),
				box({ fontSize: 34, lineHeight: 1.3, marginTop: 20, color: COLOURS.muted }, text.subtitle),
			]),
			box({ justifyContent: 'space-between', borderTop: `2px solid ${COLOURS.rule}`, paddingTop: 20, fontSize: 26 }, [box({}, text.byline), box({ color: COLOURS.muted }, text.dates)]),
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
