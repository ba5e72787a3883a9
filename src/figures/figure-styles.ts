/** The figures whose styles go only into the pages that show them: component name → stylesheet under src/. */
export const FIGURE_STYLESHEETS: Record<string, string> = {
	AllianceMap: 'styles/alliance-map.css',
};

const minify = (css: string) => css.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\s+/g, ' ').replace(/ ?([{};:,]) ?/g, '$1').trim();

/**
 * The inline style for the figures a page holds (by component name), from
 * their stylesheets' text (`css`, by component name). MDX components reach
 * every section through one route, so a stylesheet they imported would be
 * sent with every section; written into the head of the pages that use them
 * instead, they cost the others nothing. The policy asks this same function
 * for every figure's style, so it knows each one.
 */
export function figureStyles(components: readonly string[], css: Readonly<Record<string, string>>): string {
	return Object.keys(FIGURE_STYLESHEETS)
		.filter((name) => components.includes(name))
		.map((name) => minify(css[name]))
		.join('');
}
