import type { Element } from 'hast';
import { PALETTES } from '../../figures/alliance-map/palette.ts';

type Paint = Record<string, string | number>;

/**
 * The figures' paint as SVG presentation attributes. On the site the SVGs
 * are coloured by the site's stylesheet; e-readers often drop or override a
 * book's CSS, and an unpainted path is black. The timeline draws in the
 * reading system's own text colour (currentColor), so night modes recolour
 * it; the map keeps its shades on its own sea-coloured ground, like a picture.
 * Classes later in an element's class list win, as the site's CSS has them.
 */
const INK = '#1c1b19';
// The map keeps the site's light colours. The site rings labels with a halo (paint-order: stroke);
// SVG 1.1, which EPUB 3.2 readers and EPUBCheck 4 follow, has no paint-order, so the book's labels
// go without, each member's name in the ink that reads on its shade.
const { sea: SEA, border: BORDER, ukraine: UKRAINE, ukraineFill: UKRAINE_FILL, land: LAND, coast: COAST, periods } = PALETTES.light;
const MAP_SHADES: Record<string, string> = { land: LAND, ...Object.fromEntries(periods.map((shade, i) => [`p${i + 1}`, shade.fill])) };
const INKS = Object.fromEntries(periods.map((shade, i) => [`alliance-map__on-p${i + 1}`, { fill: shade.ink }]));

const PAINT: Record<string, Paint> = {
	'timeline-figure__svg': { 'font-family': 'sans-serif' },
	'timeline-figure__area': { fill: 'currentColor', 'fill-opacity': 0.07 },
	'timeline-figure__funnel': { stroke: 'currentColor', 'stroke-opacity': 0.3, fill: 'none' },
	'timeline-figure__band': { fill: 'currentColor', 'fill-opacity': 0.2, stroke: 'currentColor' },
	'timeline-figure__axis': { stroke: 'currentColor', fill: 'none' },
	'timeline-figure__ticks': { stroke: 'currentColor', 'stroke-opacity': 0.6, fill: 'none' },
	'timeline-figure__view-title': { fill: 'currentColor', 'font-size': 12, 'font-weight': 700, 'letter-spacing': '0.08em' },
	'timeline-figure__tick-label': { fill: 'currentColor', 'fill-opacity': 0.75, 'font-size': 12 },
	'timeline-figure__tick-label--major': { 'fill-opacity': 1, 'font-weight': 700 },
	'timeline-figure__leaders': { stroke: 'currentColor', 'stroke-opacity': 0.4, fill: 'none' },
	'timeline-figure__dot': { fill: 'currentColor', stroke: 'none' },
	'timeline-figure__dot--future': { fill: 'none', stroke: 'currentColor' },
	'timeline-figure__label': { fill: 'currentColor', 'font-size': 12.5 },
	'timeline-figure__label--note': { 'fill-opacity': 0.75, 'font-style': 'italic' },
	'timeline-figure__date': { 'font-weight': 700 },
	'timeline-figure__link': {},
	// E-readers draw no link's words apart from its date unless told; the caption promises links.
	'timeline-figure__link-words': { 'text-decoration': 'underline' },

	'alliance-map__svg': { 'font-family': 'sans-serif' },
	'alliance-map__svg--whole': {},
	'alliance-map__svg--europe': {},
	'alliance-map__annotations': {},
	'alliance-map__sea': { fill: SEA },
	...Object.fromEntries(Object.entries(MAP_SHADES).map(([name, fill]) => [`alliance-map__${name}`, { fill, stroke: name === 'land' ? COAST : BORDER }])),
	'alliance-map__ukraine': { fill: UKRAINE_FILL, stroke: UKRAINE, 'stroke-width': 1.25 },
	'alliance-map__hatch': { stroke: UKRAINE },
	'alliance-map__panel-label': { fill: INK, 'font-size': 14, 'font-weight': 700 },
	'alliance-map__label': { fill: '#57534b', 'font-size': 12, 'font-weight': 600, 'letter-spacing': '0.12em' },
	'alliance-map__label--ukraine': { fill: INK, 'font-size': 15, 'font-weight': 800 },
	'alliance-map__name': { 'font-size': 11 },
	'alliance-map__number': { 'font-size': 11, 'font-weight': 700 },
	...INKS,
	'alliance-map__badge': { fill: SEA, stroke: INK },
	'alliance-map__callout': { fill: INK, 'font-size': 11, 'font-weight': 700 },
	'alliance-map__leader': { stroke: INK, fill: 'none' },
	'alliance-map__scale': { stroke: INK },
	'alliance-map__scale-label': { fill: INK, 'font-size': 11 },
};

/** The figures whose classes must all be painted here: a class this table lacks stops the build. */
const FIGURE_CLASS = /^(timeline-figure|alliance-map)__/;

const classes = (el: Element): string[] => (Array.isArray(el.properties.className) ? el.properties.className.map(String) : []);

/** Gives every element of an SVG figure its paint as attributes; `where` names the page, for errors. */
export function paintSvg(svg: Element, where: string): void {
	const visit = (el: Element) => {
		for (const name of classes(el)) {
			const paint = PAINT[name];
			if (!paint && FIGURE_CLASS.test(name)) throw new Error(`${where}: the EPUB has no paint for the figure class "${name}" (src/editions/epub/paint.ts)`);
			if (paint) Object.assign(el.properties, paint);
		}
		for (const child of el.children) if (child.type === 'element') visit(child);
	};
	visit(svg);
}

/**
 * A legend swatch of the map (a coloured <span> on the site, which e-readers
 * may strip of its background) as a small SVG of the same colour.
 */
export function swatchSvg(span: Element, where: string): Element {
	const kind = classes(span).map((c) => /^alliance-map__swatch--(.+)$/.exec(c)?.[1]).find(Boolean);
	const fill = kind === 'ukraine' ? UKRAINE_FILL : kind && MAP_SHADES[kind];
	if (!fill) throw new Error(`${where}: the EPUB has no colour for the map legend swatch "${kind ?? classes(span).join(' ')}"`);
	const stroke = kind === 'ukraine' ? UKRAINE : '#8c877c';
	const shape = (tagName: string, properties: Record<string, string | number>): Element => ({ type: 'element', tagName, properties, children: [] });
	return {
		type: 'element',
		tagName: 'svg',
		properties: { className: ['swatch'], width: 18, height: 13, viewBox: '0 0 18 13', ariaHidden: 'true' },
		// Ukraine hatched, as on the map and in the site's key: plain, its swatch matched no country of the map.
		children: [shape('rect', { x: 0.5, y: 0.5, width: 17, height: 12, fill, stroke }), ...(kind === 'ukraine' ? [shape('path', { d: hatchIn(17, 12, 4), stroke, 'stroke-width': 1.5, fill: 'none' })] : [])],
	};
}

/** Diagonal lines `gap` apart, rising to the right, across a box of `width` by `height` drawn at (0.5, 0.5). */
function hatchIn(width: number, height: number, gap: number): string {
	const at = (x: number, y: number) => `${Math.round((x + 0.5) * 100) / 100} ${Math.round((y + 0.5) * 100) / 100}`;
	const segments: string[] = [];
	// The line x + y = c, from the box's left or bottom edge to its top or right edge.
	for (let c = gap; c < width + height; c += gap) {
		const from = c <= height ? at(0, c) : at(c - height, height);
		const to = c <= width ? at(c, 0) : at(width, c - width);
		segments.push(`M${from}L${to}`);
	}
	return segments.join('');
}
