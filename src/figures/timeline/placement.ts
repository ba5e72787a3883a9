/**
 * Where everything in the timeline figure goes: a long view of 1949–2024,
 * then 2022–2024 enlarged, then its last four months enlarged again, where
 * most events fall. Pure geometry, so it can be unit-tested without Astro;
 * TimelineSvg.astro only writes it out.
 */
import { AstroError } from 'astro/errors';
import { DATA_FILES } from '../../data/schemas.ts';
import { formatDays } from '../../text/dates.ts';
import { spreadLabels, wrapText } from './label-stack.ts';
import { ticksFor, yearFraction } from './time-scale.ts';

export interface TimelineEvent {
	id: string;
	/** YYYY-MM-DD, YYYY-MM or YYYY. */
	date: string;
	/** The last of several days (YYYY-MM-DD). */
	lastDay?: string;
	title: string;
}

interface TimelineView {
	/** Fractional years shown, [from, to). Each view lies inside the one before. */
	from: number;
	to: number;
	/** Heading over the view. */
	title: string;
	/** The view's years, short, for the note on the view before: "2022–2024". */
	span: string;
	/** Least height; the view grows when its labels need more room. */
	minHeight: number;
}

export interface TimelineLayout {
	width: number;
	/** x of the time axes. */
	axisX: number;
	/** Where the event labels start. */
	labelX: number;
	fontSize: number;
	lineHeight: number;
	/**
	 * Space between stacked labels. Each label is a link: with a line's
	 * height, the gap puts one label's line 24 units from the next, so that a
	 * label a line tall, drawn at 540 px or more, is a target a finger can hit
	 * by its spacing (WCAG 2.2, 2.5.8).
	 */
	gap: number;
	/** Characters a label line may hold, the date included. */
	maxChars: number;
	/** Where the first axis starts. */
	top: number;
	/** Space between one view and the next, for the next one's heading. */
	viewGap: number;
	bottomMargin: number;
	/**
	 * Each view enlarges the end of the one before, so that every event is
	 * labelled where its neighbours are far enough apart to read: the decades
	 * before 2022 hold ten events, the last four months of 2024 eleven.
	 */
	views: TimelineView[];
}

const LINE_HEIGHT = 15;
/** The least distance between two touch targets' centres, in units: a pixel or more each where the drawing is shown. */
const TARGET_SPACING = 24;

/**
 * 540 units wide, with no text under 12 units, so that every word is 12 px
 * or more wherever the drawing is shown: where the figure is 540 px wide or
 * more (timeline-figure.css); narrower, the figure is a list.
 */
export const TIMELINE_LAYOUT: TimelineLayout = {
	width: 540,
	axisX: 74,
	labelX: 116,
	fontSize: 12.5,
	lineHeight: LINE_HEIGHT,
	gap: TARGET_SPACING - LINE_HEIGHT,
	maxChars: 58,
	top: 34,
	viewGap: 64,
	bottomMargin: 10,
	views: [
		{ from: 1949, to: 2025, title: '1949–2024', span: '1949–2024', minHeight: 240 },
		{ from: 2022, to: 2025, title: '2022–2024, enlarged', span: '2022–2024', minHeight: 230 },
		{ from: 2024 + 8 / 12, to: 2025, title: 'September–December 2024, enlarged again', span: 'Sep–Dec 2024', minHeight: 220 },
	],
};

interface Tick {
	y: number;
	label: string;
	major: boolean;
}

interface EventLabel {
	/** The event's id; '' for the note on the years enlarged in the next view. */
	id: string;
	/** Baseline of the first line. */
	y: number;
	date: string;
	lines: string[];
	/** Still to come at the as-of date: its marker is hollow, and its name says so. */
	future: boolean;
}

interface FigureView {
	title: string;
	/** Baseline of the heading. */
	titleY: number;
	top: number;
	bottom: number;
	ticks: Tick[];
	/** Shaded background behind an enlarged view. */
	area?: { y: number; height: number };
	/** The years that the next view enlarges. */
	band?: { y: number; height: number };
}

export interface TimelineFigure {
	width: number;
	height: number;
	axisX: number;
	labelX: number;
	lineHeight: number;
	views: FigureView[];
	/** Lines from each band to the view that enlarges it. */
	funnel: string;
	dots: { y: number; future: boolean }[];
	labels: EventLabel[];
	/** Leader lines from each dot to its label. */
	leaders: string;
}

function round1(value: number): number {
	return Math.round(value * 10) / 10;
}

export const byDate = (events: readonly TimelineEvent[]) => [...events].sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id));

/** Whether an event comes after the briefing's date: it gets a hollow marker. */
export const isFuture = (event: TimelineEvent, asOf: string) => event.date.slice(0, asOf.length) > asOf;

/** The index of the last, most enlarged view that holds a day, month or year; -1 for none. */
const lastViewHolding = (date: string, layout: TimelineLayout) => {
	const t = yearFraction(date);
	return layout.views.findLastIndex((v) => t >= v.from && t < v.to);
};

/** The drawing's years, for the content's checks (src/data/references.ts): whether a view holds a date, and their span. */
export const TIMELINE_DRAWING = { holds: (date: string) => lastViewHolding(date, TIMELINE_LAYOUT) >= 0, span: TIMELINE_LAYOUT.views[0].span };

/** The view that labels an event: the last, most enlarged one that holds it. */
export function viewOf(event: TimelineEvent, layout: TimelineLayout): number {
	const index = lastViewHolding(event.date, layout);
	// The content's checks refuse such an event first, at its line (src/data/references.ts).
	if (index < 0) {
		throw new AstroError(
			`${DATA_FILES.timeline.file}: event "${event.id}": date ${event.date} falls outside the timeline drawing, which spans ${layout.views[0].span}.`,
			'The drawing’s years are set in src/figures/timeline/placement.ts (TIMELINE_LAYOUT: each view’s years and titles); widen them to take the event, or leave it out of the timeline and mention it in the text.',
		);
	}
	return index;
}

/**
 * Places the timeline. Each event is labelled in the last view that holds
 * it; a view whose end the next one enlarges shows those years as a band,
 * with a note, and a funnel leads to the enlargement. Events after `asOf`
 * get a hollow dot.
 */
export function layoutTimeline(events: readonly TimelineEvent[], asOf: string, layout: TimelineLayout = TIMELINE_LAYOUT): TimelineFigure {
	const { lineHeight, gap, axisX, labelX } = layout;
	const sorted = byDate(events);
	const levels = sorted.map((e) => viewOf(e, layout));
	// An enlargement with nothing in it would only show an empty axis.
	const views = layout.views.slice(0, Math.max(1, ...levels.map((l) => l + 1)));
	const size = (lines: string[]) => lines.length * lineHeight;

	const out: FigureView[] = [];
	const dots: TimelineFigure['dots'] = [];
	const labels: EventLabel[] = [];
	const leaders: string[] = [];
	let funnel = '';
	let top = layout.top;
	views.forEach((view, i) => {
		const next = views[i + 1];
		const items = sorted
			.filter((_, k) => levels[k] === i)
			.map((e) => {
				const date = formatDays(e.date, e.lastDay, 'short');
				return { id: e.id, t: yearFraction(e.date), date, lines: wrapText(e.title, layout.maxChars, date.length + 1), future: isFuture(e, asOf) };
			});
		if (next) {
			const count = levels.filter((l) => l > i).length;
			const title = `${count} ${count === 1 ? 'event' : 'events'}, enlarged below`;
			items.push({ id: '', t: (next.from + view.to) / 2, date: next.span, lines: [title], future: false });
		}
		const height = Math.max(view.minHeight, items.reduce((sum, it) => sum + size(it.lines) + gap, 0) + lineHeight);
		const y = (t: number) => top + ((t - view.from) / (view.to - view.from)) * height;
		const tops = spreadLabels(items.map((it) => ({ target: y(it.t) - lineHeight / 2, size: size(it.lines) })), gap, top - lineHeight / 2, top + height + lineHeight / 2);
		items.forEach((it, k) => {
			const centre = tops[k] + lineHeight / 2;
			labels.push({ id: it.id, y: round1(centre + layout.fontSize * 0.35), date: it.date, lines: it.lines, future: it.future });
			if (!it.id) return;
			dots.push({ y: round1(y(it.t)), future: it.future });
			leaders.push(`M${axisX + 6} ${round1(y(it.t))}H${axisX + 16}L${labelX - 14} ${round1(centre)}H${labelX - 5}`);
		});
		const area = i > 0 ? { y: round1(top - 26), height: round1(height + 26 + lineHeight) } : undefined;
		if (area && out[i - 1].band) {
			const { band } = out[i - 1];
			const bottom = round1(band!.y + band!.height);
			funnel += `M${axisX - 5} ${bottom}L0 ${area.y}M${axisX + 5} ${bottom}L${layout.width} ${area.y}`;
		}
		out.push({
			title: view.title,
			titleY: round1(top - 12),
			top: round1(top),
			bottom: round1(top + height),
			ticks: ticksFor(view.from, view.to).map((tick) => ({ y: round1(y(tick.at)), label: tick.label, major: tick.major })),
			area,
			band: next ? { y: round1(y(next.from)), height: round1(y(next.to) - y(next.from)) } : undefined,
		});
		top += height + lineHeight + layout.viewGap;
	});
	// Several events on one day share a dot.
	const uniqueDots = [...new Map(dots.map((d) => [d.y, d])).values()];
	return {
		width: layout.width,
		height: round1(top - layout.viewGap + layout.bottomMargin),
		axisX,
		labelX,
		lineHeight,
		views: out,
		funnel,
		dots: uniqueDots,
		labels,
		leaders: leaders.join(''),
	};
}
