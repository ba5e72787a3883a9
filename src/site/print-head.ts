import { formatDate } from '../text/dates.ts';

/** A CSS string: quotes and backslashes escaped, `<` written as an escape so no text can close the style element. */
const cssString = (text: string) => `"${text.replace(/[\\"]/g, '\\$&').replace(/</g, '\\3c ').replace(/\s+/g, ' ')}"`;

/**
 * The running head of printed pages: the briefing and its date on the left,
 * the page's part on the right (print.css numbers the pages), and at the
 * foot, where the site has an address, the page's, so that a printout says
 * where the current text is. Chromium prints @page margin boxes but not
 * string-set, so each page, and each part of the whole briefing (as a named
 * page), gets its label written here, as an inline style the policy knows
 * by its shape (isRunningHeadCss).
 */
export function runningHeadCss(title: string, asOf: string, label: string, parts: { id: string; label: string }[] = [], address?: string): string {
	const foot = address ? `@bottom-left{content:${cssString(address)}}` : '';
	return [
		`@page{@top-left{content:${cssString(`${title}, as of ${formatDate(asOf)}`)}}@top-right{content:${cssString(label)}}${foot}}`,
		...parts.map((p) => `@page part-${p.id}{@top-right{content:${cssString(p.label)}}}#${p.id}{page:part-${p.id}}`),
	].join('');
}

const STRING = String.raw`"(?:[^"\\<]|\\.)*"`;
const SHAPE = new RegExp(String.raw`^@page\{@top-left\{content:${STRING}\}@top-right\{content:${STRING}\}(?:@bottom-left\{content:${STRING}\})?\}(?:@page part-([a-z0-9-]+)\{@top-right\{content:${STRING}\}\}#\1\{page:part-\1\})*$`);

/** True for exactly what runningHeadCss writes: text in CSS strings, nothing else. */
export const isRunningHeadCss = (css: string) => SHAPE.test(css);
