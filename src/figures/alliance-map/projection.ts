/**
 * From longitude and latitude to the map's units: each panel's projection,
 * and boundaries projected, clipped and cleaned into rings.
 */
import { geoAzimuthalEqualArea, geoPath, type GeoContext, type GeoProjection } from 'd3-geo';
import type { MultiPolygon, Polygon } from 'geojson';
import type { Triangle } from 'topojson-simplify';
import { cleanRing, type Point } from './geometry.ts';
import type { PanelSpec } from './layout.ts';

/** Room between the fitted places and the panel's edge. */
const PAD = 8;

export function panelProjection(panel: PanelSpec): GeoProjection {
	const { x, y, width, height } = panel.box;
	return geoAzimuthalEqualArea()
		.rotate([-panel.centre[0], -panel.centre[1]])
		.fitExtent([[x + PAD, y + PAD], [x + width - PAD, y + height - PAD]], { type: 'MultiPoint', coordinates: panel.frame })
		.clipExtent([[x, y], [x + width, y + height]]);
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

/**
 * Visvalingam weight of a point: the area of its triangle as drawn in the
 * panel. Each point is projected once: it stands in three triangles, and a
 * triangle is weighed again each time a neighbour is dropped, which had
 * projected every point about nine times.
 */
export function projectedArea(projection: GeoProjection): (triangle: Triangle) => number {
	const projected = new WeakMap<Triangle[number], [number, number]>();
	const project = (point: Triangle[number]) => {
		let at = projected.get(point);
		if (at === undefined) projected.set(point, (at = projection(point as unknown as [number, number]) ?? [0, 0]));
		return at;
	};
	return (triangle) => {
		const [a, b, c] = triangle.map(project);
		return Math.abs((b[0] - a[0]) * (c[1] - a[1]) - (c[0] - a[0]) * (b[1] - a[1])) / 2;
	};
}
