/**
 * The map's colours, for the light and dark themes and for paper, written
 * once here: the map's inline stylesheet gets them as custom properties, the
 * EPUB paints its copy of the map with the light ones.
 *
 * The six shades for the rounds of enlargement were chosen so that readers
 * with any of the common colour-vision deficiencies can tell every pair
 * apart, and each from land that is not a member: tests/unit/figures-palette.test.ts
 * simulates protanopia, deuteranopia and tritanopia (Machado et al. 2009)
 * and holds every pair to a least CIEDE2000 difference: 18, 15 for
 * tritanopia (today the least is 19.2 light and 21.3 dark). At 15 and 12 a
 * reader with simulated deuteranopia found 1952–1982 and 1999 hard to tell
 * apart; these shades came from a search within a CIEDE2000 of 6 of the old
 * ones that kept every rule here. Each shade also meets 3:1 against the sea
 * and the non-member land (WCAG 1.4.11), and
 * carries an ink (black or white) for the names written on it, at 4.5:1.
 * On paper the shades are greys, darkest for the founders, as far apart
 * from each other and from the land as greys can be.
 */

import { PAGE_COLOURS } from '../../styles/page-colours.ts';

interface Shade {
	fill: string;
	/** Colour of a member's name or number written on this fill. */
	ink: string;
	/** On paper, white lines over the fill (the map's `texture`): a grey beside the next one down the scale is told apart by them. */
	textured?: boolean;
	/** The outline that keeps a name legible on the fill; the fill itself unless lines cross it. */
	halo?: string;
}

export interface MapPalette {
	sea: string;
	/** Land that is not a member. */
	land: string;
	/**
	 * The outline of land that is not a member. Its fill can differ little from the sea's (members' shades
	 * must keep 3:1 from both), so the outline keeps 3:1 from the sea: Ireland, Switzerland or Belarus hold their shape.
	 */
	coast: string;
	/** Borders between countries: the page's own colour, as if the land were cut from it. */
	border: string;
	/** Ukraine's outline and hatching, and the ground under the hatching. */
	ukraine: string;
	ukraineFill: string;
	/** One shade per round of enlargement, founders first. */
	periods: Shade[];
}

const BLACK = '#000000';
const WHITE = '#ffffff';

export const PALETTES: Record<'light' | 'dark' | 'print', MapPalette> = {
	light: {
		sea: '#eef2f5',
		land: '#e5e1d7',
		coast: '#878176',
		border: PAGE_COLOURS.light.bg,
		ukraine: '#a35200',
		ukraineFill: '#fbe6c8',
		periods: [
			{ fill: '#16173e', ink: WHITE },
			{ fill: '#734c7f', ink: WHITE },
			{ fill: '#007e63', ink: WHITE },
			{ fill: '#90001c', ink: WHITE },
			{ fill: '#728a14', ink: BLACK },
			{ fill: '#2c7aff', ink: BLACK },
		],
	},
	dark: {
		// Darker than the page, 12.3 from the land (CIEDE2000): at 7.0 a reader could not find Russia on the map.
		sea: '#0c0f12',
		land: '#33373d',
		coast: '#646a73',
		border: PAGE_COLOURS.dark.bg,
		ukraine: '#f0a050',
		ukraineFill: '#3f2f1c',
		periods: [
			{ fill: '#d4dfff', ink: BLACK },
			{ fill: '#9b748d', ink: BLACK },
			{ fill: '#93fdd0', ink: BLACK },
			{ fill: '#e76b68', ink: BLACK },
			{ fill: '#e0df33', ink: BLACK },
			{ fill: '#079cff', ink: BLACK },
		],
	},
	print: {
		sea: WHITE,
		land: '#e8e8e8',
		coast: '#8c8c8c',
		border: WHITE,
		ukraine: BLACK,
		ukraineFill: WHITE,
		// Spaced evenly as the eye sees greys (CIEDE2000), from black to the land: evenly spaced values had left
		// the two lightest, 2009–2020 and 2023–2024, hard to tell apart on paper. Even so a reader could not tell
		// 1949 from 1952–1982 (France from Spain and Germany) on a printed page, nor 1999 from 2004: the second
		// and fourth are lined as well.
		periods: [
			{ fill: '#000000', ink: WHITE },
			// A name on a lined shade is black in a white outline: white, in the fill's own grey, the lines ran through it.
			{ fill: '#2e2e2e', ink: BLACK, halo: WHITE, textured: true },
			{ fill: '#515151', ink: WHITE },
			{ fill: '#717171', ink: BLACK, halo: WHITE, textured: true },
			{ fill: '#909090', ink: BLACK },
			{ fill: '#b7b7b7', ink: BLACK },
		],
	},
};

function properties(palette: MapPalette): string {
	const { periods, ...ground } = palette;
	const names: Record<keyof typeof ground, string> = { sea: 'sea', land: 'land', coast: 'coast', border: 'border', ukraine: 'ukraine', ukraineFill: 'ukraine-fill' };
	return [
		...Object.entries(ground).map(([key, value]) => `--map-${names[key as keyof typeof ground]}: ${value};`),
		...periods.flatMap((shade, i) => [`--map-p${i + 1}: ${shade.fill};`, `--map-ink-p${i + 1}: ${shade.ink};`, `--map-halo-p${i + 1}: ${shade.halo ?? shade.fill};`]),
	].join(' ');
}

/** The key's swatches of the shades lined on paper, lined as the map's `texture` lines them. */
const linedSwatches = (palette: MapPalette) =>
	palette.periods.flatMap((shade, i) => (shade.textured ? [`.alliance-map__swatch--p${i + 1} { background-image: repeating-linear-gradient(-45deg, transparent 0 2px, ${WHITE} 2px 3px); }`] : [])).join(' ');

/** The palettes as custom properties on :root, for the screen's two schemes and for print. */
export function paletteCss(): string {
	return [
		`:root { ${properties(PALETTES.light)} }`,
		`@media (prefers-color-scheme: dark) { :root { ${properties(PALETTES.dark)} } }`,
		`@media print { :root { ${properties(PALETTES.print)} } ${linedSwatches(PALETTES.print)} }`,
	].join('\n');
}
