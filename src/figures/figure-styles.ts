import { paletteCss } from './alliance-map/palette.ts';
import { minifyCss } from '../styles/minify-css.ts';

/** A figure whose style goes only into the pages that show it. */
interface FigureStylesheet {
	/** Its stylesheet, under src/. */
	file: string;
	/** Rules written from data rather than by hand (the map's palette). */
	generated?: () => string;
}

/** By component name. */
export const FIGURE_STYLESHEETS: Record<string, FigureStylesheet> = {
	AllianceMap: { file: 'figures/alliance-map/alliance-map.css', generated: paletteCss },
};

/**
 * The inline style for the figures a page holds (by component name), from
 * their stylesheets' text (`css`, by component name). MDX components reach
 * every section through one route, so a stylesheet they imported would be
 * sent with every section; written into the head of the pages that use them
 * instead, they cost the others nothing. The policy asks this same function
 * for every figure's style, so it knows each one by its bytes.
 */
export async function figureStyles(components: readonly string[], css: Readonly<Record<string, string>>): Promise<string> {
	const parts = await Promise.all(
		Object.entries(FIGURE_STYLESHEETS)
			.filter(([name]) => components.includes(name))
			.map(([name, { file, generated }]) => {
				// Vite gives the component the stylesheets' text, and the policy reads the files: a figure listed here and not
				// imported there would send “undefined” as its style.
				if (css[name] === undefined) throw new Error(`No stylesheet text for ${name}: FigureStyles.astro imports each figure’s src/${file}`);
				return minifyCss(`${css[name]}\n${generated?.() ?? ''}`, `src/${file}`);
			}),
	);
	return parts.join('');
}
