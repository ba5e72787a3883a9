/**
 * Everything the alliance map draws, worked out at build time from the
 * boundaries and the members list: nothing here runs in the browser.
 */
import { geoCentroid } from 'd3-geo';
import type { Topology } from 'topojson-specification';
import type { Objects } from 'topojson-specification';
import { presimplify, simplify } from 'topojson-simplify';
import { arcsOf, countriesOf, countryGeometries, crimeaToUkraine, PART_OF, UKRAINE, ukraineNeighbours } from './boundaries';
import { hatchSegments, roundTo, type Box, type Point } from './geometry';
import { LAYOUT, type MapLayout } from './layout';
import { groupByPeriod, MEMBERS_FILE, type MapMember, type PeriodGroup } from './members';
import { panelProjection, projectedArea, projectRings } from './projection';
import { ringsToPath, segmentsToPath } from './svg-path';

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
