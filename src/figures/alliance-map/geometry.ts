/**
 * Plane geometry for the map, in the SVG's units once projected: rounding
 * rings and the hatching over Ukraine.
 */
export type Point = [number, number];

export interface Box {
	x: number;
	y: number;
	width: number;
	height: number;
}

export function roundTo(value: number, digits: number): number {
	const scale = 10 ** digits;
	return Math.round(value * scale) / scale;
}

/** Twice the signed area of a ring (shoelace formula). */
export function doubleArea(ring: readonly Point[]): number {
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
