/**
 * Build-time geometry for the alliance map: Natural Earth boundaries from the
 * world-atlas TopoJSON, projected into two panels (North America and Europe,
 * each at its own scale), grouped by when each member joined, and written as
 * compact SVG path data. Nothing here runs in the browser.
 */
import { geoAzimuthalEqualArea, geoCentroid, geoContains, geoPath, type GeoContext, type GeoProjection } from 'd3-geo';
import type { MultiPolygon, Polygon } from 'geojson';
import { feature, merge, neighbors } from 'topojson-client';
import { presimplify, simplify, type Triangle } from 'topojson-simplify';
import type {
	GeometryCollection,
	GeometryObject,
	MultiPolygon as TopoMultiPolygon,
	Objects,
	Polygon as TopoPolygon,
	Topology,
} from 'topojson-specification';

export type Point = [number, number];

export interface MapMember {
	/** ISO 3166-1 numeric code, three digits. */
	id: string;
	name: string;
	/** Year of accession, YYYY (a longer date is cut to its year). */
	joined: string;
	source: string;
}

export interface PeriodGroup {
	/** 1 for the founders, up to PERIODS.length: the shade's class suffix. */
	step: number;
	/** The years the group's members actually joined: "1949", "1952–1982". */
	label: string;
	members: MapMember[];
}

/**
 * Rounds of enlargement, oldest first, one shade each. The ranges only have to
 * separate the rounds; the labels come from the years members joined.
 */
export const PERIODS: readonly { from: number; to: number }[] = [
	{ from: 1949, to: 1949 },
	{ from: 1950, to: 1989 },
	{ from: 1990, to: 1999 },
	{ from: 2000, to: 2004 },
	{ from: 2005, to: 2020 },
	{ from: 2021, to: 9999 },
];

const MEMBERS_FILE = 'content/members.yaml';

function yearOf(member: MapMember): number {
	return Number(member.joined.slice(0, 4));
}

/** Members grouped by round of enlargement, oldest first; empty rounds are left out. */
export function groupByPeriod(members: readonly MapMember[]): PeriodGroup[] {
	const groups = PERIODS.map((_, i): PeriodGroup => ({ step: i + 1, label: '', members: [] }));
	for (const member of members) {
		const year = yearOf(member);
		const index = PERIODS.findIndex((p) => year >= p.from && year <= p.to);
		if (index < 0) throw new Error(`${MEMBERS_FILE}: member "${member.id}" (${member.name}) joined in ${member.joined}, before the alliance was founded in 1949`);
		groups[index].members.push(member);
	}
	return groups
		.filter((g) => g.members.length > 0)
		.map((g) => {
			const sorted = [...g.members].sort((a, b) => yearOf(a) - yearOf(b) || a.name.localeCompare(b.name, 'en'));
			const first = yearOf(sorted[0]);
			const last = yearOf(sorted.at(-1)!);
			return { ...g, members: sorted, label: first === last ? String(first) : `${first}–${last}` };
		});
}

/* ------------------------------------------------------------------ */
/* Boundaries                                                          */
/* ------------------------------------------------------------------ */

const UKRAINE = '804';
const RUSSIA = '643';
/** A point in the middle of Crimea, to find the peninsula's polygon. */
const CRIMEA: Point = [34.1, 45.0];
/** Territories drawn in their state's shade: Greenland is part of the Kingdom of Denmark. */
const PART_OF: Readonly<Record<string, string>> = { '304': '208' };

export interface Country {
	/** ISO 3166-1 numeric code; '' for the few Natural Earth units without one (Kosovo, N. Cyprus, Somaliland). */
	id: string;
	name: string;
	geometry: Polygon | MultiPolygon;
}

type Polygonal = TopoPolygon<{ name: string }> | TopoMultiPolygon<{ name: string }>;

function isPolygonal(g: GeometryObject<{ name: string }>): g is Polygonal {
	return g.type === 'Polygon' || g.type === 'MultiPolygon';
}

function countryGeometries(topology: Topology): GeometryCollection<{ name: string }> {
	const collection = topology.objects.countries as GeometryCollection<{ name: string }> | undefined;
	if (!collection) throw new Error('world-atlas: the topology has no "countries" object');
	return collection;
}

/**
 * The topology with Crimea moved from Russia's boundary to Ukraine's:
 * Natural Earth follows the line of control there, while the UN General
 * Assembly (resolution 68/262) and NATO's members recognise Ukraine's 1991
 * borders, as this briefing does.
 */
export function crimeaToUkraine(topology: Topology): Topology {
	const collection = countryGeometries(topology);
	const polygonal = collection.geometries.filter(isPolygonal);
	const russia = polygonal.find((g) => g.id === RUSSIA);
	const ukraine = polygonal.find((g) => g.id === UKRAINE);
	if (!russia || !ukraine) throw new Error('world-atlas: the boundaries of Russia (643) and Ukraine (804) are missing');
	const polygonsOf = (g: Polygonal) => (g.type === 'MultiPolygon' ? g.arcs : [g.arcs]);
	const russian = polygonsOf(russia);
	const crimea = russian.findIndex((arcs) => geoContains(feature(topology, { type: 'Polygon', arcs }), CRIMEA));
	if (crimea < 0) {
		if (geoContains(feature(topology, ukraine), CRIMEA)) return topology;
		throw new Error('world-atlas: Crimea was found neither in Ukraine nor in Russia');
	}
	const geometries = collection.geometries.map((g): GeometryObject<{ name: string }> => {
		if (g === russia) return { ...russia, type: 'MultiPolygon', arcs: russian.filter((_, i) => i !== crimea) };
		if (g === ukraine) return { ...ukraine, type: 'MultiPolygon', arcs: [...polygonsOf(ukraine), russian[crimea]] };
		return g;
	});
	return { ...topology, objects: { ...topology.objects, countries: { ...collection, geometries } } };
}

/** The countries of a world-atlas topology as GeoJSON, in order of id. */
export function countriesOf(topology: Topology): Country[] {
	return countryGeometries(topology)
		.geometries.filter(isPolygonal)
		.map((g): Country => ({
			id: g.id === undefined ? '' : String(g.id),
			name: g.properties?.name ?? '',
			// merge() dissolves the border between Ukraine's mainland and Crimea, across the Perekop isthmus;
			// the two feature() calls are the same, split so that each matches one typed overload.
			geometry: g.id === UKRAINE ? merge(topology, [g]) : g.type === 'Polygon' ? feature(topology, g).geometry : feature(topology, g).geometry,
		}))
		.sort((a, b) => a.id.localeCompare(b.id) || a.name.localeCompare(b.name, 'en'));
}

/* ------------------------------------------------------------------ */
/* Projection and path data                                            */
/* ------------------------------------------------------------------ */

export interface Box {
	x: number;
	y: number;
	width: number;
	height: number;
}

export interface PanelSpec {
	label: string;
	box: Box;
	/** Centre of the Lambert azimuthal equal-area projection, [longitude, latitude]. */
	centre: Point;
	/** Places that must be inside the panel: the projection is fitted to them. */
	frame: Point[];
	/**
	 * Longitudes a country's centroid must lie between to be drawn, so that
	 * land seen across the pole (Scandinavia from Canada) stays out.
	 */
	longitudes: [number, number];
	/** Length of the scale bar, km. */
	scaleKm: number;
	/** Where the scale bar starts, from the panel's bottom-left corner. */
	scaleAt: Point;
	labels: { text: string; at: Point; className: string }[];
}

export interface MapLayout {
	width: number;
	height: number;
	/**
	 * Decimals kept in coordinates. Whole units are enough: at the text
	 * column's width a unit is about a CSS pixel, and simplification has
	 * already removed finer detail.
	 */
	digits: number;
	/**
	 * Points whose Visvalingam triangle, once projected, is smaller than this
	 * (square units) are dropped; shared borders stay shared.
	 */
	simplify: number;
	/** How many times harder to simplify borders and coasts that touch no member and not Ukraine. */
	contextSimplify: number;
	/** Rings smaller than this (square units) are left out: specks of islands. */
	minArea: number;
	/** Gap between the hatching lines over Ukraine, units. */
	hatchSpacing: number;
	panels: PanelSpec[];
}

/**
 * Two panels, because a single projection that holds both Alaska and Türkiye
 * shrinks the Balkan members to specks. Europe gets the room: 30 of the 32
 * members are there.
 */
export const LAYOUT: MapLayout = {
	width: 800,
	height: 470,
	digits: 0,
	simplify: 6,
	contextSimplify: 3,
	minArea: 8,
	hatchSpacing: 3.5,
	panels: [
		{
			label: 'North America',
			box: { x: 0, y: 0, width: 246, height: 470 },
			centre: [-98, 52],
			frame: [[-168, 65.5], [-163, 54.5], [-141, 70], [-124.7, 48.4], [-117, 32.5], [-97.2, 25.8], [-80.2, 25.2], [-52.6, 47.5], [-61, 82.5]],
			longitudes: [-180, -25],
			scaleKm: 1000,
			scaleAt: [12, 14],
			labels: [],
		},
		{
			label: 'Europe',
			box: { x: 254, y: 0, width: 546, height: 470 },
			centre: [14, 54],
			frame: [[-24.5, 66.5], [-9.5, 36.9], [24, 34.8], [35, 35.2], [44.8, 39.5], [42, 52], [31, 71.2], [15, 69]],
			longitudes: [-25, 180],
			scaleKm: 500,
			scaleAt: [12, 14],
			labels: [
				{ text: 'UKRAINE', at: [31.3, 49.1], className: 'alliance-map__label alliance-map__label--ukraine' },
				{ text: 'RUSSIA', at: [41, 56.5], className: 'alliance-map__label' },
			],
		},
	],
};

/** Room between the fitted places and the panel's edge. */
const PAD = 8;

export function panelProjection(panel: PanelSpec): GeoProjection {
	const { x, y, width, height } = panel.box;
	return geoAzimuthalEqualArea()
		.rotate([-panel.centre[0], -panel.centre[1]])
		.fitExtent([[x + PAD, y + PAD], [x + width - PAD, y + height - PAD]], { type: 'MultiPoint', coordinates: panel.frame })
		.clipExtent([[x, y], [x + width, y + height]]);
}

function roundTo(value: number, digits: number): number {
	const scale = 10 ** digits;
	return Math.round(value * scale) / scale;
}

/** Twice the signed area of a ring (shoelace formula). */
function doubleArea(ring: Point[]): number {
	let sum = 0;
	for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) sum += ring[j][0] * ring[i][1] - ring[i][0] * ring[j][1];
	return sum;
}

/**
 * Rounds a ring's points and drops the ones that rounding made repeat; a ring
 * left with fewer than three points, or smaller than `minArea`, is dropped.
 */
export function cleanRing(ring: readonly Point[], digits: number, minArea: number): Point[] | undefined {
	const out: Point[] = [];
	for (const [x, y] of ring) {
		const point: Point = [roundTo(x, digits), roundTo(y, digits)];
		const last = out.at(-1);
		if (!last || last[0] !== point[0] || last[1] !== point[1]) out.push(point);
	}
	while (out.length > 1 && out[0][0] === out.at(-1)![0] && out[0][1] === out.at(-1)![1]) out.pop();
	if (out.length < 3 || Math.abs(doubleArea(out)) / 2 < minArea) return undefined;
	return out;
}

/** The projected, clipped and cleaned rings of a geometry. */
export function projectRings(geometry: Polygon | MultiPolygon, projection: GeoProjection, digits: number, minArea: number): Point[][] {
	const rings: Point[][] = [];
	let ring: Point[] = [];
	const context: GeoContext = {
		moveTo(x, y) {
			ring = [[x, y]];
			rings.push(ring);
		},
		lineTo(x, y) {
			ring.push([x, y]);
		},
		closePath() {},
		arc() {},
		beginPath() {},
	};
	geoPath(projection, context)(geometry);
	return rings.map((r) => cleanRing(r, digits, minArea)).filter((r): r is Point[] => r !== undefined);
}

/** A number as short as SVG allows: "0.5" → ".5", "-0.5" → "-.5". */
function shortNumber(value: number): string {
	return String(value).replace(/^(-?)0\./, '$1.');
}

/** Numbers joined with a separator only where the parser needs one ("1.5.5-2" is 1.5, .5, -2). */
function joinNumbers(values: readonly number[]): string {
	let out = '';
	for (const value of values) {
		const text = shortNumber(value);
		const needsSpace = out !== '' && !text.startsWith('-') && !(text.startsWith('.') && /\.\d*$/.test(out));
		out += (needsSpace ? ' ' : '') + text;
	}
	return out;
}

/**
 * SVG path data for closed rings whose points are already rounded to
 * `digits`: an absolute move to each ring's start, then relative steps. The
 * steps are computed in whole units of the last digit so that no rounding
 * error builds up along a ring.
 */
export function ringsToPath(rings: readonly Point[][], digits: number): string {
	const scale = 10 ** digits;
	return rings
		.map((ring) => {
			const ints = ring.map(([x, y]) => [Math.round(x * scale), Math.round(y * scale)]);
			const steps: number[] = [];
			for (let i = 1; i < ints.length; i++) steps.push((ints[i][0] - ints[i - 1][0]) / scale, (ints[i][1] - ints[i - 1][1]) / scale);
			return `M${joinNumbers([ints[0][0] / scale, ints[0][1] / scale])}l${joinNumbers(steps)}z`;
		})
		.join('');
}

/**
 * Hatching for a shape: diagonal lines (rising to the right, `spacing` apart
 * measured across them) cut to the inside of the rings by the even-odd rule.
 * Drawn as geometry rather than an SVG <pattern> so that the figure needs no
 * id to refer to, which would break where pages are merged and ids prefixed.
 */
export function hatchSegments(rings: readonly Point[][], spacing: number): [Point, Point][] {
	const step = spacing * Math.SQRT2;
	const edges: [Point, Point][] = rings.flatMap((ring) => ring.map((p, i): [Point, Point] => [p, ring[(i + 1) % ring.length]]));
	if (edges.length === 0) return [];
	const sums = edges.map(([p]) => p[0] + p[1]);
	const segments: [Point, Point][] = [];
	for (let k = Math.ceil(Math.min(...sums) / step); k * step <= Math.max(...sums); k++) {
		// Lines x + y = c rise to the right on screen, where y grows downwards.
		const c = k * step;
		const xs: number[] = [];
		for (const [p, q] of edges) {
			const cp = p[0] + p[1];
			const cq = q[0] + q[1];
			if ((cp <= c && c < cq) || (cq <= c && c < cp)) xs.push(p[0] + ((c - cp) / (cq - cp)) * (q[0] - p[0]));
		}
		xs.sort((a, b) => a - b);
		for (let i = 0; i + 1 < xs.length; i += 2) segments.push([[xs[i], c - xs[i]], [xs[i + 1], c - xs[i + 1]]]);
	}
	return segments;
}

/** Path data for line segments, rounded to `digits`; segments shorter than one unit are dropped. */
export function segmentsToPath(segments: readonly [Point, Point][], digits: number): string {
	return segments
		.map(([a, b]) => [[roundTo(a[0], digits), roundTo(a[1], digits)], [roundTo(b[0], digits), roundTo(b[1], digits)]])
		.filter(([a, b]) => Math.hypot(b[0] - a[0], b[1] - a[1]) >= 1)
		.map(([a, b]) => `M${joinNumbers(a)}l${joinNumbers([roundTo(b[0] - a[0], digits), roundTo(b[1] - a[1], digits)])}`)
		.join('');
}

/* ------------------------------------------------------------------ */
/* The map                                                             */
/* ------------------------------------------------------------------ */

export interface MapLayer {
	/** `alliance-map__land` (not a member), `alliance-map__p1`…, or `alliance-map__ukraine`. */
	className: string;
	d: string;
}

export interface MapPanel {
	label: string;
	box: Box;
	layers: MapLayer[];
	/** Hatching over Ukraine, '' where Ukraine is not in the panel. */
	hatch: string;
	labels: { text: string; x: number; y: number; className: string }[];
	scaleBar: { x: number; y: number; length: number; label: string };
}

export interface AllianceMap {
	width: number;
	height: number;
	panels: MapPanel[];
	groups: PeriodGroup[];
	/** Members that share a land border with Ukraine, by name. */
	ukraineNeighbours: string[];
}

/** The members whose boundaries share an edge with Ukraine's, by name. */
export function ukraineNeighbours(topology: Topology, members: readonly MapMember[]): string[] {
	const { geometries } = countryGeometries(topology);
	const ukraine = geometries.findIndex((g) => String(g.id) === UKRAINE);
	if (ukraine < 0) return [];
	const around = new Set(neighbors(geometries)[ukraine].map((i) => String(geometries[i].id)));
	return members.filter((m) => around.has(m.id)).map((m) => m.name).sort((a, b) => a.localeCompare(b, 'en'));
}

/** Visvalingam weight of a point: the area of its triangle as drawn in the panel. */
function projectedArea(projection: GeoProjection): (triangle: Triangle) => number {
	return (triangle) => {
		const [a, b, c] = triangle.map((p) => projection(p) ?? [0, 0]);
		return Math.abs((b[0] - a[0]) * (c[1] - a[1]) - (c[0] - a[0]) * (b[1] - a[1])) / 2;
	};
}

/** Indexes of the arcs that the boundaries with the given ids are made of. */
function arcsOf(topology: Topology, ids: ReadonlySet<string>): Set<number> {
	const arcs = new Set<number>();
	for (const g of countryGeometries(topology).geometries.filter(isPolygonal)) {
		if (!ids.has(String(g.id))) continue;
		const rings = g.type === 'MultiPolygon' ? g.arcs.flat() : g.arcs;
		for (const arc of rings.flat()) arcs.add(arc < 0 ? ~arc : arc);
	}
	return arcs;
}

/**
 * Everything the map draws, from the boundaries and the members list. Throws
 * when a member cannot be found in the boundaries or falls outside the map,
 * naming the member so that content/members.yaml can be corrected.
 */
export function buildAllianceMap(topology: Topology, members: readonly MapMember[], layout: MapLayout = LAYOUT): AllianceMap {
	const groups = groupByPeriod(members);
	const known = new Set(countryGeometries(topology).geometries.map((g) => String(g.id)));
	for (const member of members) {
		if (!known.has(member.id)) {
			throw new Error(`${MEMBERS_FILE}: member "${member.id}" (${member.name}) has no boundary in world-atlas; check that the id is the country's ISO 3166-1 numeric code`);
		}
	}
	const stepOf = new Map(groups.flatMap((g) => g.members.map((m) => [m.id, g.step] as const)));
	const classOf = (id: string): string => {
		const step = stepOf.get(PART_OF[id] ?? id);
		if (step !== undefined) return `alliance-map__p${step}`;
		return id === UKRAINE ? 'alliance-map__ukraine' : 'alliance-map__land';
	};
	// Drawing order: context first, Ukraine last so that its outline is not covered by neighbours.
	const order = ['alliance-map__land', ...groups.map((g) => `alliance-map__p${g.step}`), 'alliance-map__ukraine'];

	const fixed = crimeaToUkraine(topology);
	// Members and Ukraine keep their detail; the land around them is only context.
	const focus = arcsOf(fixed, new Set([...members.map((m) => m.id), ...Object.keys(PART_OF), UKRAINE]));
	const drawn = new Set<string>();
	const panels = layout.panels.map((panel): MapPanel => {
		const projection = panelProjection(panel);
		// @types/topojson-simplify wants properties that are never null; world-atlas's never are.
		const weighted = presimplify(fixed as Topology<Objects<{ name: string }>>, projectedArea(projection));
		const lighter = { ...weighted, arcs: weighted.arcs.map((arc, i) => (focus.has(i) ? arc : arc.map(([x, y, w]) => [x, y, w / layout.contextSimplify]))) };
		const simplified = simplify(lighter, layout.simplify);
		const [west, east] = panel.longitudes;
		const byClass = new Map<string, Point[][]>();
		let ukraine: Point[][] = [];
		for (const country of countriesOf(simplified)) {
			const [longitude] = geoCentroid(country.geometry);
			if (longitude < west || longitude > east) continue;
			const rings = projectRings(country.geometry, projection, layout.digits, layout.minArea);
			if (rings.length === 0) continue;
			drawn.add(country.id);
			const className = classOf(country.id);
			byClass.set(className, [...(byClass.get(className) ?? []), ...rings]);
			if (className === 'alliance-map__ukraine') ukraine = rings;
		}
		const { x, y, height } = panel.box;
		// The scale is in units per radian of the Earth's radius (6,371 km), true at the panel's centre.
		const length = (panel.scaleKm / 6371) * projection.scale();
		return {
			label: panel.label,
			box: panel.box,
			layers: order.filter((c) => byClass.has(c)).map((className) => ({ className, d: ringsToPath(byClass.get(className)!, layout.digits) })),
			hatch: segmentsToPath(hatchSegments(ukraine, layout.hatchSpacing), layout.digits),
			labels: panel.labels.flatMap((label) => {
				const at = projection(label.at);
				return at ? [{ text: label.text, x: roundTo(at[0], layout.digits), y: roundTo(at[1], layout.digits), className: label.className }] : [];
			}),
			scaleBar: {
				x: x + panel.scaleAt[0],
				y: y + height - panel.scaleAt[1],
				length: roundTo(length, layout.digits),
				label: `${panel.scaleKm.toLocaleString('en-GB')} km`,
			},
		};
	});
	for (const member of members) {
		if (!drawn.has(member.id)) throw new Error(`${MEMBERS_FILE}: member "${member.id}" (${member.name}) lies outside every panel of the map`);
	}
	return { width: layout.width, height: layout.height, panels, groups, ukraineNeighbours: ukraineNeighbours(fixed, members) };
}
