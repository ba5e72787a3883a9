import { describe, expect, it } from 'vitest';
import { DATE_SPANS, datedAfter, formatDate, formatDays, inDateRange, isCalendarDate, isPartialDate, keepDayWithMonth, lastDayOf } from '../../src/text/dates.ts';
import { keepTogether, UNBROKEN } from '../../src/text/unbroken.ts';

describe('dates', () => {
	it('accepts real days only', () => {
		expect(isCalendarDate('2024-11-29')).toBe(true);
		expect(isCalendarDate('2024-02-29')).toBe(true);
		expect(isCalendarDate('2023-02-29')).toBe(false);
		expect(isCalendarDate('2024-11-31')).toBe(false);
		expect(isCalendarDate('2024-13-01')).toBe(false);
		expect(isCalendarDate('29 November 2024')).toBe(false);
		expect(isCalendarDate('2024-11')).toBe(false);
	});
	it('accepts a year or a month where the day is unknown', () => {
		expect(isPartialDate('1994')).toBe(true);
		expect(isPartialDate('2023-05')).toBe(true);
		expect(isPartialDate('2023-00')).toBe(false);
		expect(isPartialDate('94')).toBe(false);
	});
	it('tells a source dated after the briefing’s date, at any precision, from an undated one', () => {
		expect(datedAfter('2024-12', '2024-11-29')).toBe(true);
		expect(datedAfter('2024-11-30', '2024-11-29')).toBe(true);
		expect(datedAfter('2024-11-29', '2024-11-29')).toBe(false);
		expect(datedAfter('2024-11', '2024-11-29')).toBe(false);
		expect(datedAfter('n.d.', '2024-11-29')).toBe(false);
	});
	it('takes an event’s last day as the last of its days, or its one date', () => {
		expect(lastDayOf({ date: '2024-12-03', lastDay: '2024-12-04' })).toBe('2024-12-04');
		expect(lastDayOf({ date: '2024-11-29' })).toBe('2024-11-29');
	});
	it('takes a range’s ends as inclusive, a partial end as its whole period, a missing one as open', () => {
		expect(inDateRange('2024-12-31', '2024-12-01', '2024')).toBe(true);
		expect(inDateRange('2024-11-30', '2024-12')).toBe(false);
		expect(inDateRange('2024-12-01', '2024-12')).toBe(true);
		expect(inDateRange('2025-01-01', undefined, '2024-12')).toBe(false);
		expect(inDateRange('1949-04-04')).toBe(true);
	});
	it('formats each precision for readers', () => {
		expect(formatDate('2024-11-29')).toBe('29 November 2024');
		expect(formatDate('2024-07')).toBe('July 2024');
		expect(formatDate('1949')).toBe('1949');
		expect(formatDate('n.d.')).toBe('n.d.');
	});
	it('shortens dates of every precision, for figures and credit lines', () => {
		expect(formatDate('2024-11-29', 'short')).toBe('29 Nov 2024');
		expect(formatDate('2024-11', 'short')).toBe('Nov 2024');
		expect(formatDate('2024-09', 'short')).toBe('Sep 2024');
		expect(formatDate('1994', 'short')).toBe('1994');
		expect(formatDate('n.d.', 'short')).toBe('n.d.');
	});
	it('writes an event’s days as a span, the month and year once, and one day as a date', () => {
		expect(formatDays('2024-12-03', '2024-12-04')).toBe('3–4 December 2024');
		expect(formatDays('2024-12-03', '2024-12-04', 'short')).toBe('3–4 Dec 2024');
		expect(formatDays('2024-11-30', '2024-12-01')).toBe('30 November – 1 December 2024');
		expect(formatDays('2024-12-31', '2025-01-02', 'short')).toBe('31 Dec 2024 – 2 Jan 2025');
		expect(formatDays('2024-12-03', undefined)).toBe('3 December 2024');
		expect(formatDays('2024-12', undefined, 'short')).toBe('Dec 2024');
	});
	it('joins a day, or a span of days, to its month, and leaves other numbers and the year alone', () => {
		expect(keepDayWithMonth('at their 3–4 December 2024 meeting')).toBe('at their 3–4\u00a0December 2024 meeting');
		expect(keepDayWithMonth('On 29 November, and 16 October')).toBe('On 29\u00a0November, and 16\u00a0October');
		expect(keepDayWithMonth('5 Sep 2024; 1 Mark')).toBe('5\u00a0Sep 2024; 1 Mark');
		expect(keepTogether('Article 5 and Articles 5 and 6, on 3 December')).toBe('Article\u00a05 and Articles\u00a05 and 6, on 3\u00a0December');
		expect(keepDayWithMonth('32 allies, 2024 Decembers, 5 May')).toBe('32 allies, 2024 Decembers, 5\u00a0May');
		expect(keepDayWithMonth('on 3 and 4 December 2024')).toBe('on 3\u00a0and\u00a04\u00a0December 2024');
	});
	it('finds the spans of days and of years the page keeps on one line', () => {
		expect('at 3–4\u00a0December, 2022–2024 and 1952–54, not 12–15 allies'.match(DATE_SPANS)).toEqual(['3–4\u00a0December', '2022–2024', '1952–54']);
		expect('the RS-26 at 3–4\u00a0December, 2022–2024; not Euro-Atlantic, NATO-Ukraine or 12–15'.match(UNBROKEN)).toEqual(['RS-26', '3–4\u00a0December', '2022–2024']);
	});
});
