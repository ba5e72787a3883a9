/**
 * Everything the alliance map draws, worked out at build time from the
 * boundaries and the members list: nothing here runs in the browser.
 */
import { AstroError } from 'astro/errors';
import { geoCentroid } from 'd3-geo';
import type { Objects, Topology } from 'topojson-specification';
import { presimplify, simplify } from 'topojson-simplify';
import { arcsOf, countriesOf, countryGeometries, crimeaToUkraine, PART_OF, UKRAINE, ukraineNeighbours, type Country } from './boundaries.ts';
import { doubleArea, hatchSegments, roundTo, type Box, type Point } from './geometry.ts';
import { placeLabels, type KeyEntry, type LabelTarget, type MemberLabel } from './labels.ts';
import { LAYOUT, type MapLayout, type PanelSpec } from './layout.ts';
import { nearPanel } from './near-panel.ts';
import { groupByPeriod, MEMBERS_FILE, yearOf, type MapMember, type PeriodGroup } from './members.ts';
import { PALETTES } from './palette.ts';
import { panelProjection, projectedArea, projectRings } from './projection.ts';
import { ringsToPath, segmentsToPath } from './svg-path.ts';

interface MapShape {
	/** `alliance-map__land` (every country that is not a member), `alliance-map__p1`… (one member), or `alliance-map__ukraine`. */
	className: string;
	d: string;
	/** A member's name and year of accession, shown on hover. */
	title?: string;
}

/** The rounds whose shade is lined on paper, by step (1, the founders). */
const LINED_ON_PAPER = new Set(PALETTES.print.periods.flatMap((shade, i) => (shade.textured ? [i + 1] : [])));

export interface MapPanel {
	label: string;
	box: Box;
	/** In drawing order: land, then members by round and name, then Ukraine, so that no neighbour covers its outline. */
	shapes: MapShape[];
	/** Hatching over Ukraine, '' where Ukraine is not in the panel. */
	hatch: string;
	/** Lines over the members whose shade is lined on paper (palette.ts), drawn only in print; '' where there are none. */
	texture: string;
	/** Names of places that are not members (UKRAINE, RUSSIA). */
	labels: { text: string; x: number; y: number; className: string }[];
	/** Names and numbers of the members labelled in this panel, with the round that colours them. */
	members: (MemberLabel & { step: number })[];
	scaleBar: { x: number; y: number; length: number; label: string };
}

export interface AllianceMap {
	width: number;
	height: number;
	panels: MapPanel[];
	groups: PeriodGroup[];
	/** The members too small to name on the map, by the number they carry there. */
	key: KeyEntry[];
	/** Members that share a land border with Ukraine, by name. */
	ukraineNeighbours: string[];
}

/**
 * The countries simplified for a panel's scale: members and Ukraine keep their detail, the land around them is
 * only context. Only those near the panel's `box`, or all the world's without one (for the tests).
 */
export function simplifiedFor(topology: Topology, projection: ReturnType<typeof panelProjection>, box: Box | undefined, focus: Set<number>, layout: MapLayout): Country[] {
	// @types/topojson-simplify wants properties that are never null; world-atlas's never are.
	const weighted = presimplify((box ? nearPanel(topology, projection, box) : topology) as Topology<Objects<{ name: string }>>, projectedArea(projection));
	const lighter = { ...weighted, arcs: weighted.arcs.map((arc, i) => (focus.has(i) ? arc : arc.map(([x, y, w]) => [x, y, w / layout.contextSimplify]))) };
	return countriesOf(simplify(lighter, layout.simplify));
}

const area = (rings: Point[][]) => rings.reduce((sum, ring) => sum + Math.abs(doubleArea(ring)) / 2, 0);

interface DrawnPanel {
	spec: PanelSpec;
	projection: ReturnType<typeof panelProjection>;
	land: Point[][];
	ukraine: Point[][];
	/** Each member's rings, and each territory drawn with a member (Greenland), by id. */
	members: Map<string, Point[][]>;
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
			throw new AstroError(`${MEMBERS_FILE}: member "${member.id}" (${member.name}) has no boundary in world-atlas.`, 'A member’s id is its country’s ISO 3166-1 numeric code, as world-atlas numbers its boundaries (Germany is 276).');
		}
	}
	const byId = new Map(members.map((m) => [m.id, m]));
	const stepOf = new Map(groups.flatMap((g) => g.members.map((m) => [m.id, g.step] as const)));
	const memberOf = (id: string) => byId.get(PART_OF[id] ?? id);

	const fixed = crimeaToUkraine(topology);
	const focus = arcsOf(fixed, new Set([...members.map((m) => m.id), ...Object.keys(PART_OF), UKRAINE]));
	const drawn: DrawnPanel[] = layout.panels.map((spec) => {
		const projection = panelProjection(spec);
		const panel: DrawnPanel = { spec, projection, land: [], ukraine: [], members: new Map() };
		const [west, east] = spec.longitudes;
		for (const country of simplifiedFor(fixed, projection, spec.box, focus, layout)) {
			const [longitude] = geoCentroid(country.geometry);
			if (longitude < west || longitude > east) continue;
			const rings = projectRings(country.geometry, projection, layout.digits, layout.minArea);
			if (rings.length === 0) continue;
			if (memberOf(country.id)) panel.members.set(country.id, rings);
			else if (country.id === UKRAINE) panel.ukraine = rings;
			else panel.land.push(...rings);
		}
		return panel;
	});
	for (const member of members) {
		if (!drawn.some((p) => p.members.has(member.id))) {
			throw new AstroError(`${MEMBERS_FILE}: member "${member.id}" (${member.name}) lies outside every panel of the map.`, 'Check its id (the ISO 3166-1 numeric code); a member truly elsewhere needs a panel of its own in src/figures/alliance-map/layout.ts.');
		}
	}

	// Each member is labelled once, in the panel where it is drawn largest.
	const targets = members
		.map((m): LabelTarget => {
			const panel = drawn.reduce((best, p, i) => (area(p.members.get(m.id) ?? []) > area(drawn[best].members.get(m.id) ?? []) ? i : best), 0);
			return { id: m.id, name: m.name, panel, rings: drawn[panel].members.get(m.id)! };
		})
		.sort((a, b) => a.id.localeCompare(b.id));
	const { labels, key } = placeLabels(targets, layout.panels.map((p) => p.box), layout.labels);
	const territoryName = new Map(countriesOf(fixed).map((c) => [c.id, c.name]));

	const panels = drawn.map((panel, index): MapPanel => {
		const { spec, projection } = panel;
		const memberShapes = [...panel.members.entries()]
			.map(([id, rings]) => {
				const member = memberOf(id)!;
				// Drawn in today's borders: Germany's shape, east included, is titled for the state that joined (West Germany).
				const joined = `joined ${yearOf(member)}${member.joinedAs ? ` as ${member.joinedAs}` : ''}`;
				const title = PART_OF[id] ? `${territoryName.get(id)}, part of ${member.name}, ${joined}` : `${member.name}, ${joined}`;
				return { step: stepOf.get(member.id)!, name: title, shape: { className: `alliance-map__p${stepOf.get(member.id)}`, d: ringsToPath(rings, layout.digits), title } };
			})
			.sort((a, b) => a.step - b.step || a.name.localeCompare(b.name, 'en'))
			.map((s) => s.shape);
		const shapes: MapShape[] = [
			...(panel.land.length > 0 ? [{ className: 'alliance-map__land', d: ringsToPath(panel.land, layout.digits) }] : []),
			...memberShapes,
			...(panel.ukraine.length > 0 ? [{ className: 'alliance-map__ukraine', d: ringsToPath(panel.ukraine, layout.digits) }] : []),
		];
		const { x, y, height } = spec.box;
		// The scale is in units per radian of the Earth's radius (6,371 km), true at the panel's centre.
		const length = (spec.scaleKm / 6371) * projection.scale();
		return {
			label: spec.label,
			box: spec.box,
			shapes,
			hatch: segmentsToPath(hatchSegments(panel.ukraine, layout.hatchSpacing), layout.digits),
			texture: segmentsToPath(hatchSegments([...panel.members].filter(([id]) => LINED_ON_PAPER.has(stepOf.get(memberOf(id)!.id)!)).flatMap(([, rings]) => rings), layout.textureSpacing), layout.digits),
			labels: spec.labels.flatMap((label) => {
				const at = projection(label.at);
				return at ? [{ text: label.text, x: roundTo(at[0], layout.digits), y: roundTo(at[1], layout.digits), className: label.className }] : [];
			}),
			members: labels[index].map((label) => ({ ...label, step: stepOf.get(label.id)! })),
			scaleBar: {
				x: x + spec.scaleAt[0],
				y: y + height - spec.scaleAt[1],
				length: roundTo(length, layout.digits),
				label: `${spec.scaleKm.toLocaleString('en-GB')} km`,
			},
		};
	});
	return { width: layout.width, height: layout.height, panels, groups, key, ukraineNeighbours: ukraineNeighbours(fixed, members) };
}
