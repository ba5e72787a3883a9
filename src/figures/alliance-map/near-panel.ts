/**
 * The part of the world a panel can show: simplifying the whole world's
 * boundaries for each panel took most of the map's time, for countries that
 * are then found outside it.
 */
import type { GeoProjection } from 'd3-geo';
import { transform } from 'topojson-client';
import type { Arc, Topology } from 'topojson-specification';
import { arcIndexes, countryGeometries } from './boundaries.ts';
import type { Box } from './geometry.ts';

/**
 * How far outside the panel, in its units, a point still counts as near:
 * more than half the longest edge a simplified boundary keeps there, so
 * that no edge between two far points can cross the panel. (A country that
 * surrounded a panel with no point near it would be lost too; none does, and
 * the map's tests check that every country left out draws nothing.)
 */
const REACH = 60;

/**
 * The topology's countries that have a point near the panel (`box`, as
 * `projection` draws it), each with all its arcs; every other arc is left
 * as a stub, so that arcs keep their indexes, and no other object is kept.
 * Simplification works arc by arc, so the countries kept come out of it as
 * they would from the whole world.
 */
export function nearPanel(topology: Topology, projection: GeoProjection, box: Box): Topology {
	// Quantized arcs are written as steps from the point before, decoded as topojson-simplify decodes them: from
	// the arc's first point on (the second argument is false there).
	const decode = transform(topology.transform ?? null);
	const [left, top, right, bottom] = [box.x - REACH, box.y - REACH, box.x + box.width + REACH, box.y + box.height + REACH];
	const near = topology.arcs.map((arc) =>
		arc.some((point, i) => {
			const at = projection(decode(point, i > 0) as [number, number]);
			return at !== null && at[0] >= left && at[0] <= right && at[1] >= top && at[1] <= bottom;
		}),
	);
	const collection = countryGeometries(topology);
	const kept = collection.geometries.filter((g) => arcIndexes(g).some((a) => near[a]));
	const used = new Set(kept.flatMap(arcIndexes));
	const stub: Arc = [[0, 0], [0, 0]];
	return {
		...topology,
		arcs: topology.arcs.map((arc, i) => (used.has(i) ? arc : stub)),
		objects: { countries: { ...collection, geometries: kept } },
	};
}
