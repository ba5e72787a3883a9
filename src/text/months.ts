/*
 * The months' names, apart from the dates' other helpers (dates.ts), which the
 * search script, importing these, would otherwise carry.
 */

/** The months' names, January first. */
export const MONTHS = [
	'January', 'February', 'March', 'April', 'May', 'June',
	'July', 'August', 'September', 'October', 'November', 'December',
];

/** The months' names, long and short (figures and credit lines write “5 Sep 2024”, readers “Dec 3”), for a pattern. */
export const ANY_MONTH = [...MONTHS, ...MONTHS.map((m) => m.slice(0, 3))].join('|');
