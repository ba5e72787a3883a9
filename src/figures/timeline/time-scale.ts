/**
 * Time as a length: dates as fractional years, and the ticks of an axis.
 */
import { monthName } from '../../text/dates.ts';

const DAY = 86_400_000;

/** A date as a fractional year, at the middle of the day, month or year it names. */
export function yearFraction(date: string): number {
	const [year, month, day] = date.split('-').map(Number);
	const startOfYear = Date.UTC(year, 0, 1);
	const length = Date.UTC(year + 1, 0, 1) - startOfYear;
	if (month === undefined) return year + 0.5;
	const start = Date.UTC(year, month - 1, day ?? 1);
	const end = day === undefined ? Date.UTC(year, month, 1) : start + DAY;
	return year + ((start + end) / 2 - startOfYear) / length;
}

/** Whole steps of `1 / perYear` years inside [from, to]; the tolerance keeps 2024 + 8/12 on its month. */
function steps(from: number, to: number, perYear: number): number[] {
	const out: number[] = [];
	for (let k = Math.ceil(from * perYear - 1e-6); k <= to * perYear + 1e-6; k++) out.push(k / perYear);
	return out;
}

/** Ticks for a view: decades over a long span, years and quarters over a few years, months over one. */
export function ticksFor(from: number, to: number): { at: number; label: string; major: boolean }[] {
	const span = to - from;
	const monthOf = (t: number) => Math.round((t - Math.floor(t + 1e-6)) * 12);
	const month = (t: number) => monthName(monthOf(t) + 1, 'short');
	if (span > 20) return steps(from, to, 0.1).map((at) => ({ at, label: at < to ? String(Math.round(at)) : '', major: true }));
	if (span > 1.5) {
		return steps(from, to, 4).map((at) => {
			const label = at >= to ? '' : monthOf(at) === 0 ? String(Math.round(at)) : month(at);
			return { at, label, major: monthOf(at) === 0 };
		});
	}
	return steps(from, to, 12).map((at) => ({ at, label: at < to ? month(at) : '', major: true }));
}
