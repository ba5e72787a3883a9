/**
 * Finding room for a label inside a shape: a grid of signed distances to the
 * shape's edges, searched for the place where a box keeps the widest margin.
 */
import type { Point } from './geometry.ts';

export interface Spot {
	x: number;
	y: number;
	/** Margin between the box and the shape's edge at the best place; negative where the box does not fit. */
	clearance: number;
}

/** Whether a point is inside the rings, by the even-odd rule. */
export function insideRings(rings: readonly Point[][], [x, y]: Point): boolean {
	let inside = false;
	for (const ring of rings) {
		for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
			const [xi, yi] = ring[i];
			const [xj, yj] = ring[j];
			if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
		}
	}
	return inside;
}

/** The centre of area of a shape's largest ring, the middle its label leans to. */
function centre(rings: readonly Point[][]): Point {
	let largest: readonly Point[] = rings[0];
	let area = 0;
	for (const ring of rings) {
		let a = 0;
		for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) a += ring[j][0] * ring[i][1] - ring[i][0] * ring[j][1];
		if (Math.abs(a) > area) [largest, area] = [ring, Math.abs(a)];
	}
	const xs = largest.map((p) => p[0]);
	const ys = largest.map((p) => p[1]);
	return [(Math.min(...xs) + Math.max(...xs)) / 2, (Math.min(...ys) + Math.max(...ys)) / 2];
}

/** Signed distances to a shape's edges (positive inside) on a grid, from which boxes of any size can be fitted. */
export interface DistanceField {
	rings: readonly Point[][];
	step: number;
	minX: number;
	minY: number;
	columns: number;
	rows: number;
	values: Float64Array;
}

/**
 * The field over the shape's bounding box and `pad` units around it, so
 * that a box too big to fit still gets its true (negative) margin.
 * Distances are exact up to `cap` units and `cap` beyond: each edge only
 * visits the grid points within `cap` of it, which keeps the field quick to
 * build for large shapes; which points are inside is found row by row.
 */
export function distanceField(rings: readonly Point[][], pad: number, step: number, cap: number): DistanceField {
	const points = rings.flat();
	const minX = Math.floor(Math.min(...points.map((p) => p[0])) - pad);
	const minY = Math.floor(Math.min(...points.map((p) => p[1])) - pad);
	const columns = Math.ceil((Math.max(...points.map((p) => p[0])) + pad - minX) / step) + 1;
	const rows = Math.ceil((Math.max(...points.map((p) => p[1])) + pad - minY) / step) + 1;
	const values = new Float64Array(columns * rows).fill(cap);
	const edges = rings.flatMap((ring) => ring.map((p, i): [Point, Point] => [ring[i === 0 ? ring.length - 1 : i - 1], p]));
	for (const [[ax, ay], [bx, by]] of edges) {
		const dx = bx - ax;
		const dy = by - ay;
		const length2 = dx * dx + dy * dy;
		const c0 = Math.max(0, Math.floor((Math.min(ax, bx) - cap - minX) / step));
		const c1 = Math.min(columns - 1, Math.ceil((Math.max(ax, bx) + cap - minX) / step));
		const r0 = Math.max(0, Math.floor((Math.min(ay, by) - cap - minY) / step));
		const r1 = Math.min(rows - 1, Math.ceil((Math.max(ay, by) + cap - minY) / step));
		for (let r = r0; r <= r1; r++) {
			const y = minY + r * step;
			for (let c = c0; c <= c1; c++) {
				const x = minX + c * step;
				const t = length2 === 0 ? 0 : Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / length2));
				const ex = x - ax - t * dx;
				const ey = y - ay - t * dy;
				const d = Math.sqrt(ex * ex + ey * ey);
				if (d < values[r * columns + c]) values[r * columns + c] = d;
			}
		}
	}
	// Even-odd rule along each row: points between the first and second crossing are inside, and so on.
	for (let r = 0; r < rows; r++) {
		const y = minY + r * step;
		const crossings = edges.filter(([a, b]) => a[1] > y !== b[1] > y).map(([a, b]) => a[0] + ((y - a[1]) * (b[0] - a[0])) / (b[1] - a[1]));
		crossings.sort((p, q) => p - q);
		let k = 0;
		for (let c = 0; c < columns; c++) {
			const x = minX + c * step;
			while (k < crossings.length && crossings[k] <= x) k++;
			if (k % 2 === 0) values[r * columns + c] = -values[r * columns + c];
		}
	}
	return { rings, step, minX, minY, columns, rows, values };
}

/**
 * The centre for a box of `width` × `height` inside the shape that keeps the
 * widest margin from its edges. Ties go to the first place in reading order,
 * so the result never varies. A box of no size finds the point deepest inside.
 */
export function bestSpot(field: DistanceField, width: number, height: number): Spot {
	const { step, minX, minY, columns, rows, values } = field;
	const at = (c: number, r: number) => (c < 0 || r < 0 || c >= columns || r >= rows ? -Infinity : values[r * columns + c]);
	const halfW = Math.ceil(width / 2 / step);
	const halfH = Math.ceil(height / 2 / step);
	// Where margins are equal (wide shapes, whose margins reach the cap), the place nearest the shape's middle wins.
	const [mx, my] = centre(field.rings);
	let best: Spot = { x: minX, y: minY, clearance: -Infinity };
	let bestOff = Infinity;
	for (let r = 0; r < rows; r++) {
		for (let c = 0; c < columns; c++) {
			if (values[r * columns + c] <= 0) continue;
			let clearance = Infinity;
			for (let dc = -halfW; dc <= halfW && clearance >= best.clearance; dc++) clearance = Math.min(clearance, at(c + dc, r - halfH), at(c + dc, r + halfH));
			for (let dr = -halfH; dr <= halfH && clearance >= best.clearance; dr++) clearance = Math.min(clearance, at(c - halfW, r + dr), at(c + halfW, r + dr));
			const x = minX + c * step;
			const y = minY + r * step;
			const off = Math.hypot(x - mx, y - my);
			if (clearance > best.clearance || (clearance === best.clearance && off < bestOff)) {
				best = { x, y, clearance };
				bestOff = off;
			}
		}
	}
	return best;
}
