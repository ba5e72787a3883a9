import { DATE_SPANS } from './dates.ts';

/**
 * What the page pass keeps on one line, in a `.nowrap`: a span of dates,
 * which may break after its dash (src/text/dates.ts), and a designation of
 * capitals and a number (“RS-26”), which Chromium breaks after its hyphen.
 */
export const DESIGNATIONS = /\b\p{Lu}{1,5}-\d+\b/gu;
export const UNBROKEN = new RegExp(`${DATE_SPANS.source}|${DESIGNATIONS.source}`, 'gu');
