/**
 * The part of the world a panel can show: simplifying the whole world's
 * boundaries for each panel took most of the map's time, for countries that
 * are then found outside it.
 */
import type { GeoProjection } from 'd3-geo';
import type { Arc, GeometryObject, Topology } from 'topojson-specification';
import { countryGeometries } from './boundaries';
import type { Box } from './geometry';

/**
 * How far outside the panel, in its units, a point still counts as near:
 * well over the longest edge a simplified boundary keeps, so that no edge
 * between two far points can cross the panel.
 */
const REACH = 60;

/**
 * The topology with only the countries that have a point near the panel
 * (`box`, as `projection` draws it), each with all its arcs; every other arc
 * is left as a stub, so that arcs keep their indexes. Simplification works
 * arc by arc, so the countries kept come out of it as they would from the
 * whole world.
 */
export function nearPanel(topology: Topology, projection: GeoProjection, box: Box): Topology {
	const [kx, ky] = topology.transform?.scale ?? [1, 1];
	const [dx, dy] = topology.transform?.translate ?? [0, 0];
	const [left, top, right, bottom] = [box.x - REACH, box.y - REACH, box.x + box.width + REACH, box.y + box.height + REACH];
	const near = topology.arcs.map((arc) => {
		// Quantized arcs are written as steps from the point before.
		let x = 0;
		let y = 0;
		for (const [px, py] of arc) {
			[x, y] = topology.transform ? [x + px, y + py] : [px, py];
			const at = projection([x * kx + dx, y * ky + dy]);
			if (at && at[0] >= left && at[0] <= right && at[1] >= top && at[1] <= bottom) return true;
		}
		return false;
	});
	const collection = countryGeometries(topology);
	const arcIndexes = (g: GeometryObject): number[] => ('arcs' in g ? (g.arcs as unknown[]).flat(2) as number[] : []).map((a) => (a < 0 ? ~a : a));
	const kept = collection.geometries.filter((g) => arcIndexes(g).some((a) => near[a]));
	const used = new Set(kept.flatMap(arcIndexes));
	const stub: Arc = [[0, 0], [0, 0]];
	return {
		...topology,
		arcs: topology.arcs.map((arc, i) => (used.has(i) ? arc : stub)),
		objects: { ...topology.objects, countries: { ...collection, geometries: kept } },
	};
}
