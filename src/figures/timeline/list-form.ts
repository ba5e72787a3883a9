/**
 * The timeline as a list, for screens too narrow for the drawing to be
 * read: the same events in the same groups as the drawing's views, with
 * space between them that grows with the time between them.
 */
import { byDate, isFuture, TIMELINE_LAYOUT, viewOf, type TimelineEvent, type TimelineLayout } from './placement.ts';
import { yearFraction } from './time-scale.ts';
import { lastDayOf, monthName } from '../../text/dates.ts';

/**
 * How far an event is from the one before it, which the list shows as
 * space: none within a week, then more within three months ('weeks'),
 * within two years ('months'), and beyond ('years').
 */
export type Gap = 'none' | 'weeks' | 'months' | 'years';

export interface ListGroup {
	title: string;
	events: { id: string; date: string; lastDay?: string; title: string; future: boolean; gap: Gap }[];
}

export function gapBetween(before: string, after: string): Gap {
	const years = yearFraction(after) - yearFraction(before);
	return years < 7 / 365 ? 'none' : years < 0.25 ? 'weeks' : years < 2 ? 'months' : 'years';
}

/** The events grouped as the drawing's views label them, each with its gap from the one before. */
export function listTimeline(events: readonly TimelineEvent[], asOf: string, layout: TimelineLayout = TIMELINE_LAYOUT): ListGroup[] {
	const sorted = byDate(events);
	const groups = layout.views.map((): ListGroup => ({ title: '', events: [] }));
	for (const event of sorted) {
		const { events: inGroup } = groups[viewOf(event, layout)];
		// The first event of a group follows its title, which marks the break.
		const gap = inGroup.length === 0 ? 'none' : gapBetween(inGroup.at(-1)!.date, event.date);
		inGroup.push({ id: event.id, date: event.date, lastDay: event.lastDay, title: event.title, future: isFuture(event, asOf), gap });
	}
	const shown = groups.filter((g) => g.events.length > 0);
	shown.forEach((group, i) => (group.title = spanTitle(group.events[0].date, lastDayOf(group.events.at(-1)!), shown[i + 1]?.events[0].date)));
	return shown;
}

/**
 * The dates a group's events span, as its title: “1949 to 2019”; by months within a year (“September to
 * December 2024”), or where the next group starts in the year it ends (“2022 to August 2024”). The span of
 * the events and not of the drawing's view, whose years may hold none at either end.
 */
export function spanTitle(first: string, last: string, next?: string): string {
	const [year, lastYear] = [first.slice(0, 4), last.slice(0, 4)];
	const month = (date: string) => (date.length >= 7 ? `${monthName(Number(date.slice(5, 7)))} ` : '');
	if (year === lastYear) {
		if (!month(first) || !month(last)) return year;
		return first.slice(0, 7) === last.slice(0, 7) ? `${month(first)}${year}` : `${month(first)}to ${month(last)}${year}`;
	}
	return `${year} to ${next?.startsWith(lastYear) ? month(last) : ''}${lastYear}`;
}
