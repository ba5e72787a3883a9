import { DATE_SPANS, keepDayWithMonth } from './dates.ts';

/**
 * What the page pass keeps on one line, in a `.nowrap`: a span of dates,
 * which may break after its dash (src/text/dates.ts), and a designation of
 * capitals and a number (“RS-26”), which Chromium breaks after its hyphen.
 */
const DESIGNATIONS = /\b\p{Lu}{1,5}-\d+\b/gu;
export const UNBROKEN = new RegExp(`${DATE_SPANS.source}|${DESIGNATIONS.source}`, 'gu');

/** “Article 5”: a line that ends on “Article” leaves its number to the next. */
const ARTICLE = /\b(Articles?) (\d+)\b/g;

/** The text with no-break spaces where a line must not break: between a day and its month, and an article and its number. */
export const keepTogether = (text: string) => keepDayWithMonth(text).replace(ARTICLE, '$1\u00a0$2');
