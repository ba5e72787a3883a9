import { ANY_MONTH, MONTHS } from './months.ts';

/** True for a real day written YYYY-MM-DD (no 31 November, no month 13). */
export function isCalendarDate(value: string): boolean {
	const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
	if (!match) return false;
	const [year, month, day] = match.slice(1).map(Number);
	const date = new Date(Date.UTC(year, month - 1, day));
	return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** True for YYYY-MM-DD, YYYY-MM or YYYY naming a real day, month or year. */
export function isPartialDate(value: string): boolean {
	if (/^\d{4}$/.test(value)) return true;
	if (/^\d{4}-\d{2}$/.test(value)) return isCalendarDate(`${value}-01`);
	return isCalendarDate(value);
}

/**
 * A source's date after the briefing's `asOf` (“2024-12” after “2024-11-29”
 * too); an undated source (“n.d.”) is not: such a source is cited only in a
 * dated note, and the register says so.
 */
export const datedAfter = (date: string, asOf: string) => /^\d{4}/.test(date) && date > asOf;

/**
 * Whether `day` (YYYY-MM-DD) falls between `from` and `to`, both inclusive and either partial: a `to` of 2024
 * covers the whole of that year. Either left out leaves its end open.
 */
export const inDateRange = (day: string, from = '0000', to = '9999') => day >= from && day.slice(0, to.length) <= to;

/** A month's name, 1 for January; short names are the first three letters ("Sep"). */
export function monthName(month: number, style: 'long' | 'short' = 'long'): string {
	const name = MONTHS[month - 1];
	return style === 'short' ? name.slice(0, 3) : name;
}

/**
 * "2024-11-29" → "29 November 2024"; "2024-11" → "November 2024"; "1994" → "1994".
 * Short, for figures and credit lines: "29 Nov 2024".
 */
export function formatDate(value: string, style: 'long' | 'short' = 'long'): string {
	if (value === 'n.d.') return 'n.d.';
	const [year, month, day] = value.split('-');
	if (!month) return year;
	const name = monthName(Number(month), style);
	return day ? `${Number(day)} ${name} ${year}` : `${name} ${year}`;
}

/** The last day an event covers: the last of its several days, or its one date. */
export const lastDayOf = (event: { date: string; lastDay?: string }) => event.lastDay ?? event.date;

/**
 * An event's days: one as formatDate writes it, several as a span, the month and year once
 * (“3–4 December 2024”, “30 November – 1 December 2024”, short “3–4 Dec 2024”).
 */
export function formatDays(first: string, last: string | undefined, style: 'long' | 'short' = 'long'): string {
	if (!last) return formatDate(first, style);
	const sameYear = first.slice(0, 4) === last.slice(0, 4);
	if (sameYear && first.slice(0, 7) === last.slice(0, 7)) return `${Number(first.slice(8))}–${formatDate(last, style)}`;
	return `${sameYear ? formatDate(first, style).slice(0, -5) : formatDate(first, style)} – ${formatDate(last, style)}`;
}

const DAY_AND_MONTH = new RegExp(`\\b(\\d{1,2}(?:–\\d{1,2})?) (${ANY_MONTH})\\b`, 'g');
const TWO_DAYS = new RegExp(`\\b(\\d{1,2}) and (\\d{1,2}) (${ANY_MONTH})\\b`, 'g');

/**
 * A day and its month joined by a no-break space (“3–4 December”, “5
 * Sep”), so a line never ends on the day alone: “at their 3–4” above “December 2024”
 * reads as a number, not a date. The space before the year may still break.
 */
export const keepDayWithMonth = (text: string) => text.replace(TWO_DAYS, '$1\u00a0and\u00a0$2\u00a0$3').replace(DAY_AND_MONTH, '$1\u00a0$2');

/** A span of days with its month, once joined (“3–4 December”), or of years (“1952–1954”): the page pass keeps it on one line. */
export const DATE_SPANS = new RegExp(`\\b\\d{1,2}–\\d{1,2}\u00a0(?:${MONTHS.join('|')})\\b|\\b\\d{4}–\\d{2,4}\\b`, 'g');
