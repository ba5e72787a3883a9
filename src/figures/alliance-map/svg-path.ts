/**
 * SVG path data, as short as the path grammar allows: geometry in, `d`
 * attribute text out.
 */
import { roundTo, type Point } from './geometry.ts';

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
 * Path data for closed rings whose points are already rounded to `digits`:
 * an absolute move to each ring's start, then relative steps. The steps are
 * computed in whole units of the last digit so that no rounding error builds
 * up along a ring.
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

/** Path data for line segments, rounded to `digits`; segments shorter than one unit are dropped. */
export function segmentsToPath(segments: readonly [Point, Point][], digits: number): string {
	return segments
		.map(([a, b]) => [[roundTo(a[0], digits), roundTo(a[1], digits)], [roundTo(b[0], digits), roundTo(b[1], digits)]])
		.filter(([a, b]) => Math.hypot(b[0] - a[0], b[1] - a[1]) >= 1)
		.map(([a, b]) => `M${joinNumbers(a)}l${joinNumbers([roundTo(b[0] - a[0], digits), roundTo(b[1] - a[1], digits)])}`)
		.join('');
}
