/**
 * Layout for the timeline figure: a long view of 1949–2024 above an enlarged
 * view of 2022–2024, where most events fall. Pure geometry, so it can be
 * unit-tested without Astro; the component only writes the SVG.
 */
export interface TimelineEvent {
	id: string;
	/** YYYY-MM-DD, YYYY-MM or YYYY. */
	date: string;
	title: string;
}

export interface SourceRef {
	id: string;
	publisher: string;
	/** YYYY-MM-DD, YYYY-MM, YYYY or "n.d.". */
	date: string;
}

const SHORT_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const DAY = 86_400_000;

/** "2024-11-29" → "29 Nov 2024"; "2024-11" → "Nov 2024"; "1994" → "1994"; "n.d." stays. */
export function shortDate(date: string): string {
	const [year, month, day] = date.split('-');
	if (!month) return year;
	const name = SHORT_MONTHS[Number(month) - 1];
	return day ? `${Number(day)} ${name} ${year}` : `${name} ${year}`;
}

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

/**
 * Splits text into lines of at most `width` characters at spaces (a longer
 * word gets a line of its own); the first line has `indent` fewer characters.
 */
export function wrapText(text: string, width: number, indent = 0): string[] {
	const lines: string[] = [];
	let line = '';
	for (const word of text.split(/\s+/).filter(Boolean)) {
		const room = width - (lines.length === 0 ? indent : 0);
		if (line && line.length + 1 + word.length > room) {
			lines.push(line);
			line = word;
		} else {
			line = line ? `${line} ${word}` : word;
		}
	}
	if (line) lines.push(line);
	return lines;
}

export interface LabelBox {
	/** Where the label's top edge would ideally be. */
	target: number;
	/** The label's height. */
	size: number;
}

/**
 * Top edges for labels stacked along an axis, in the order given, at least
 * `gap` apart, inside [min, max] where they fit, and as close to their
 * targets as possible (least squares). Subtracting each label's offset in a
 * tight stack turns "no overlap" into "non-decreasing", which is an isotonic
 * regression: pool adjacent violators, then clamp to the bounds.
 */
export function spreadLabels(boxes: readonly LabelBox[], gap: number, min = -Infinity, max = Infinity): number[] {
	const offsets: number[] = [];
	let offset = 0;
	for (const box of boxes) {
		offsets.push(offset);
		offset += box.size + gap;
	}
	const blocks: { sum: number; count: number }[] = [];
	boxes.forEach((box, i) => {
		blocks.push({ sum: box.target - offsets[i], count: 1 });
		while (blocks.length > 1 && blocks.at(-2)!.sum / blocks.at(-2)!.count > blocks.at(-1)!.sum / blocks.at(-1)!.count) {
			const last = blocks.pop()!;
			blocks.at(-1)!.sum += last.sum;
			blocks.at(-1)!.count += last.count;
		}
	});
	const stack = offset - gap;
	// When the stack is taller than the room, it starts at `min` and runs over `max`.
	const high = Math.max(min, max - stack);
	const tops: number[] = [];
	for (const block of blocks) {
		const value = Math.min(high, Math.max(min, block.sum / block.count));
		for (let k = 0; k < block.count; k++) tops.push(value + offsets[tops.length]);
	}
	return tops;
}

/* ------------------------------------------------------------------ */
/* The figure                                                          */
/* ------------------------------------------------------------------ */

export interface TimelineLayout {
	width: number;
	/** x of both time axes. */
	axisX: number;
	/** Where the event labels start. */
	labelX: number;
	fontSize: number;
	lineHeight: number;
	/** Space between stacked labels. */
	gap: number;
	/** Characters a label line may hold, the date included. */
	maxChars: number;
	/** Whole years of the long view: [from, to). */
	long: { from: number; to: number; top: number; height: number };
	/** Whole years of the enlarged view, [from, to), and the space above it. */
	zoom: { from: number; to: number; gapAbove: number; minHeight: number };
	/** Space left below the enlarged view. */
	bottomMargin: number;
}

export const TIMELINE_LAYOUT: TimelineLayout = {
	width: 640,
	axisX: 78,
	labelX: 128,
	fontSize: 12.5,
	lineHeight: 15,
	gap: 3,
	maxChars: 78,
	long: { from: 1949, to: 2025, top: 34, height: 280 },
	zoom: { from: 2022, to: 2025, gapAbove: 70, minHeight: 420 },
	bottomMargin: 16,
};

export interface Tick {
	y: number;
	label: string;
	major: boolean;
}

export interface EventLabel {
	/** The event's id; '' for the note on the enlarged years. */
	id: string;
	/** Baseline of the first line. */
	y: number;
	date: string;
	lines: string[];
	future: boolean;
}

export interface TimelineFigure {
	width: number;
	height: number;
	axisX: number;
	labelX: number;
	lineHeight: number;
	sections: { title: string; y: number; top: number; bottom: number; ticks: Tick[] }[];
	/** The enlarged years marked on the long view. */
	band: { y: number; height: number };
	/** Background of the enlarged view. */
	zoomArea: { y: number; height: number };
	/** Lines from the band to the enlarged view. */
	funnel: string;
	dots: { y: number; future: boolean }[];
	labels: EventLabel[];
	/** Leader lines from each dot to its label. */
	leaders: string;
	/** How many events fall in the enlarged years. */
	enlarged: number;
}

function round1(value: number): number {
	return Math.round(value * 10) / 10;
}

/**
 * Places the timeline: events before `zoom.from` are labelled on the long
 * view, later ones on the enlarged view (and only dotted on the long one).
 * The enlarged view grows when its labels need more room than `minHeight`.
 * Events after `asOf` are marked as still to come.
 */
export function layoutTimeline(events: readonly TimelineEvent[], asOf: string, layout: TimelineLayout = TIMELINE_LAYOUT): TimelineFigure {
	const { long, zoom, lineHeight, gap } = layout;
	const sorted = [...events].sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id));
	const early = sorted.filter((e) => yearFraction(e.date) < zoom.from);
	const late = sorted.filter((e) => yearFraction(e.date) >= zoom.from);
	const lines = (date: string, title: string) => wrapText(title, layout.maxChars, date.length + 1);
	const height = (n: number) => n * lineHeight;

	const longY = (t: number) => long.top + ((t - long.from) / (long.to - long.from)) * long.height;
	const band = { y: longY(zoom.from), height: longY(zoom.to) - longY(zoom.from) };

	const lateLines = late.map((e) => lines(shortDate(e.date), e.title));
	const needed = lateLines.reduce((sum, l) => sum + height(l.length) + gap, 0);
	const zoomHeight = Math.max(zoom.minHeight, needed);
	const zoomTop = long.top + long.height + zoom.gapAbove;
	const zoomY = (t: number) => zoomTop + ((t - zoom.from) / (zoom.to - zoom.from)) * zoomHeight;

	const future = (e: TimelineEvent) => e.date.slice(0, asOf.length) > asOf;
	const note = { id: '', date: `${zoom.from}–${zoom.to - 1}`, title: 'enlarged below', future: false };

	const place = (items: { event: TimelineEvent & { future: boolean }; y: number; lines: string[] }[], min: number, max: number) => {
		const tops = spreadLabels(items.map((it) => ({ target: it.y - lineHeight / 2, size: height(it.lines.length) })), gap, min, max);
		return items.map((it, i) => ({ ...it, top: tops[i] }));
	};
	const earlyItems = [
		...early.map((e) => ({ event: { ...e, future: future(e) }, y: longY(yearFraction(e.date)), lines: lines(shortDate(e.date), e.title) })),
		{ event: note, y: band.y + band.height / 2, lines: [note.title] },
	];
	const placed = [
		...place(earlyItems, long.top - lineHeight, band.y + band.height + lineHeight / 2),
		...place(
			late.map((e, i) => ({ event: { ...e, future: future(e) }, y: zoomY(yearFraction(e.date)), lines: lateLines[i] })),
			zoomTop - lineHeight / 2,
			zoomTop + zoomHeight + lineHeight / 2,
		),
	];

	const baseline = layout.fontSize * 0.35;
	const labels: EventLabel[] = placed.map((p) => ({
		id: p.event.id,
		y: round1(p.top + lineHeight / 2 + baseline),
		date: p.event.id ? shortDate(p.event.date) : p.event.date,
		lines: p.lines,
		future: p.event.future,
	}));
	const { axisX, labelX } = layout;
	const leaders = placed
		.map((p) => `M${axisX + 6} ${round1(p.y)}H${axisX + 16}L${labelX - 14} ${round1(p.top + lineHeight / 2)}H${labelX - 5}`)
		.join('');

	const dotYs = new Map<string, { y: number; future: boolean }>();
	for (const e of sorted) {
		const ys = yearFraction(e.date) < zoom.from ? [longY(yearFraction(e.date))] : [longY(yearFraction(e.date)), zoomY(yearFraction(e.date))];
		for (const y of ys) dotYs.set(`${round1(y)}`, { y: round1(y), future: future(e) });
	}

	const longTicks: Tick[] = [];
	for (let year = Math.ceil(long.from / 10) * 10; year < long.to; year += 10) longTicks.push({ y: round1(longY(year)), label: String(year), major: true });
	const zoomTicks: Tick[] = [];
	for (let year = zoom.from; year < zoom.to; year++) {
		zoomTicks.push({ y: round1(zoomY(year)), label: String(year), major: true });
		for (const month of [3, 6, 9]) zoomTicks.push({ y: round1(zoomY(year + month / 12)), label: SHORT_MONTHS[month], major: false });
	}
	zoomTicks.push({ y: round1(zoomY(zoom.to)), label: '', major: true });

	const zoomArea = { y: round1(zoomTop - 22), height: round1(zoomHeight + 22 + lineHeight) };
	const funnel =
		`M${axisX - 5} ${round1(band.y + band.height)}L0 ${zoomArea.y}` +
		`M${axisX + 5} ${round1(band.y + band.height)}L${layout.width} ${zoomArea.y}`;

	return {
		width: layout.width,
		height: round1(zoomArea.y + zoomArea.height + layout.bottomMargin),
		axisX,
		labelX,
		lineHeight,
		sections: [
			{ title: `${long.from}–${long.to - 1}`, y: round1(long.top - 18), top: round1(long.top), bottom: round1(long.top + long.height), ticks: longTicks },
			{ title: `${zoom.from}–${zoom.to - 1}, enlarged`, y: round1(zoomTop - 8), top: round1(zoomTop), bottom: round1(zoomTop + zoomHeight), ticks: zoomTicks },
		],
		band: { y: round1(band.y), height: round1(band.height) },
		zoomArea,
		funnel,
		dots: [...dotYs.values()],
		labels,
		leaders,
		enlarged: late.length,
	};
}

/* ------------------------------------------------------------------ */
/* Credit lines                                                        */
/* ------------------------------------------------------------------ */

export interface CreditGroup {
	publisher: string;
	/** Each source, with the text of its link: its date ("n.d." when undated). */
	sources: { id: string; text: string }[];
}

/**
 * The sources of a figure grouped by publisher, publishers in alphabetical
 * order and each one's sources by date, so that a credit line of twenty
 * sources reads "NATO (1954, 2008, …)" rather than repeating the name.
 */
export function creditSources(sources: readonly SourceRef[]): CreditGroup[] {
	const unique = [...new Map(sources.map((s) => [s.id, s])).values()];
	const groups = new Map<string, SourceRef[]>();
	for (const source of unique) groups.set(source.publisher, [...(groups.get(source.publisher) ?? []), source]);
	return [...groups.entries()]
		.sort(([a], [b]) => a.localeCompare(b, 'en'))
		.map(([publisher, list]) => ({
			publisher,
			sources: list
				.sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id))
				.map((s) => ({ id: s.id, text: shortDate(s.date) })),
		}));
}
