import { readFileSync } from 'node:fs';
import { FIGURE_STYLESHEETS, figureStyles } from '../figures/figure-styles.ts';
import { FOOTNOTE_LOADER, FOOTNOTE_TAP, LOADER_HANDLER, MENU_ESCAPE_HANDLER, MENU_CLOSE_HANDLER, MENU_FOCUS_OUT_HANDLER, SEARCH_SHORTCUT_HANDLER } from '../site/handlers.ts';
import { isRunningHeadCss } from '../site/print-head.ts';
import type { KnownInlineCode } from './policy.ts';

/**
 * The inline code the site writes, known from its sources: the on-demand
 * loaders' handlers, each figure's style, the print running head (by its
 * shape: text in CSS strings) and the 404 page's inlined stylesheets.
 */
export async function siteInlineCode(srcDir: URL, extraStyles: readonly string[] = []): Promise<KnownInlineCode> {
	const figures = Object.fromEntries(Object.entries(FIGURE_STYLESHEETS).map(([name, { file }]) => [name, readFileSync(new URL(file, srcDir), 'utf8')]));
	const figureCss = await Promise.all(Object.keys(FIGURE_STYLESHEETS).map((name) => figureStyles([name], figures)));
	const styles = new Set([...figureCss, ...extraStyles]);
	return {
		scriptAttributes: new Set([LOADER_HANDLER, SEARCH_SHORTCUT_HANDLER, FOOTNOTE_LOADER, FOOTNOTE_TAP, MENU_ESCAPE_HANDLER, MENU_FOCUS_OUT_HANDLER, MENU_CLOSE_HANDLER]),
		isKnownStyle: (css) => styles.has(css) || isRunningHeadCss(css),
	};
}
