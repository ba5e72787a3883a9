import { describe, expect, it } from 'vitest';
import { PALETTES, paletteCss } from '../../src/figures/alliance-map/palette.ts';
import { PERIODS } from '../../src/figures/alliance-map/members.ts';
import { contrast, deltaE2000, lab, linearRgb, seenDifference, simulate, type Vision } from '../helpers/colour-vision.ts';

/*
 * The map's shades must stay apart for every reader. Differences are
 * CIEDE2000 between the colours as simulated for each kind of vision
 * (Machado et al. 2009, full severity). About 2 is the smallest difference
 * most people notice side by side; 10 is plainly different; matching a
 * shade on the map to the legend, across the page, wants more.
 */
const LEAST_DIFFERENCE: Record<Vision, number> = { normal: 18, protanopia: 18, deuteranopia: 18, tritanopia: 15 };

describe('colour arithmetic', () => {
	it('computes CIEDE2000 as Sharma, Wu and Dalal’s test data give it', () => {
		const pairs: [number[], number[], number][] = [
			[[50, 2.6772, -79.7751], [50, 0, -82.7485], 2.0425],
			[[50, 2.5, 0], [56, -27, -3], 31.903],
			[[60.2574, -34.0099, 36.2677], [60.4626, -34.1751, 39.4387], 1.2644],
			[[2.0776, 0.0795, -1.135], [0.9033, -0.0636, -0.5514], 0.9082],
		];
		for (const [a, b, expected] of pairs) expect(deltaE2000(a as [number, number, number], b as [number, number, number])).toBeCloseTo(expected, 4);
	});

	it('simulates dichromacy: red and green look alike to a deuteranope, not to others', () => {
		expect(seenDifference('#d62728', '#2ca02c', 'normal')).toBeGreaterThan(60);
		expect(seenDifference('#d62728', '#2ca02c', 'deuteranopia')).toBeLessThan(15);
		// White stays white, and the WCAG contrast of black on white is 21.
		expect(lab(simulate(linearRgb('#ffffff'), 'protanopia'))[0]).toBeCloseTo(100, 1);
		expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 6);
	});
});

describe.each(['light', 'dark'] as const)('the map’s shades in the %s theme', (theme) => {
	const palette = PALETTES[theme];
	const shades = palette.periods.map((p) => p.fill);

	it('has a shade for every round of enlargement', () => {
		expect(shades).toHaveLength(PERIODS.length);
	});

	it.each(Object.keys(LEAST_DIFFERENCE) as Vision[])('keeps every pair of shades, and each from non-member land, apart with %s', (vision) => {
		const colours = [...shades, palette.land];
		const close: string[] = [];
		for (let i = 0; i < colours.length; i++) {
			for (let j = i + 1; j < colours.length; j++) {
				const difference = seenDifference(colours[i], colours[j], vision);
				if (difference < LEAST_DIFFERENCE[vision]) close.push(`${colours[i]} and ${colours[j]}: ${difference.toFixed(1)}`);
			}
		}
		expect(close).toEqual([]);
	});

	// Non-member land carries no meaning the key needs, but a reader looks for Russia and Belarus on it: at 7.0 a
	// reader could not tell the dark map's land from its sea; the light map's, at 7.6, differ in hue as well.
	it.each(Object.keys(LEAST_DIFFERENCE) as Vision[])('sets land that is no member off from the sea with %s', (vision) => {
		expect(seenDifference(palette.land, palette.sea, vision)).toBeGreaterThanOrEqual(7.5);
	});

	it('outlines land that is no member at 3:1 against the sea (WCAG 1.4.11), where its fill cannot be', () => {
		expect(contrast(palette.coast, palette.sea)).toBeGreaterThanOrEqual(3);
		expect(contrast(palette.land, palette.sea)).toBeLessThan(3);
	});

	it('sets every member off from the sea and from other land at 3:1 (WCAG 1.4.11)', () => {
		for (const shade of shades) {
			expect(contrast(shade, palette.land), shade).toBeGreaterThanOrEqual(3);
			expect(contrast(shade, palette.sea), shade).toBeGreaterThanOrEqual(3);
		}
	});
});

describe('the map’s shades on paper', () => {
	const { periods, land } = PALETTES.print;
	const greys = [...periods.map((p) => p.fill), land];

	it('are greys, darkest for the founders, lightest the land that is no member', () => {
		const lightness = greys.map((g) => lab(linearRgb(g))[0]);
		expect(greys.every((g) => /^#([\da-f]{2})\1\1$/i.test(g)), greys.join(' ')).toBe(true);
		expect(lightness).toEqual([...lightness].sort((a, b) => a - b));
	});

	it('keep each from the next at the widest even spacing greys allow (CIEDE2000 over 11)', () => {
		// Six shades and the land, from black to #e8e8e8, can be at most about 11.5 apart, each from the next.
		const close = greys.slice(1).flatMap((g, i) => (seenDifference(greys[i], g, 'normal') < 11 ? [`${greys[i]} and ${g}: ${seenDifference(greys[i], g, 'normal').toFixed(1)}`] : []));
		expect(close).toEqual([]);
	});
});

describe.each(['light', 'dark', 'print'] as const)('names on the map in the %s palette', (theme) => {
	it('write in an ink that reads at 4.5:1 on their member’s shade, or on the outline drawn round them where lines cross it', () => {
		for (const { fill, ink, halo } of PALETTES[theme].periods) expect(contrast(ink, halo ?? fill), `${ink} on ${halo ?? fill}`).toBeGreaterThanOrEqual(4.5);
		// On paper a name on a lined shade is outlined in the white of the lines, not in the shade they cross.
		if (theme === 'print') for (const { textured, halo } of PALETTES.print.periods) if (textured) expect(halo).toBe('#ffffff');
	});
});

describe('paletteCss', () => {
	it('gives every colour to the stylesheet, dark and print after light', () => {
		const css = paletteCss();
		for (const [i, shade] of PALETTES.light.periods.entries()) expect(css).toContain(`--map-p${i + 1}: ${shade.fill};`);
		expect(css.indexOf('prefers-color-scheme: dark')).toBeLessThan(css.indexOf('@media print'));
		expect(css).toContain(`--map-ink-p1: ${PALETTES.dark.periods[0].ink};`);
		// A name's outline is its shade's fill on screen, and white on paper where the shade is lined.
		expect(css).toContain(`--map-halo-p2: ${PALETTES.light.periods[1].fill};`);
		expect(css.slice(css.indexOf('@media print'))).toContain('--map-halo-p2: #ffffff;');
	});
});
