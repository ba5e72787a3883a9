import type { ListItem } from 'mdast';
import type { MdastPluginDefinition, MdastVisitorContext } from 'satteri';
import { report } from './problems.ts';

/** A line's opening number that is a year, not an item's: four digits and a full stop or parenthesis. */
const YEAR_AS_NUMBER = /^[ \t]*(\d{4,})[.)]/;

/**
 * A line that begins with a year and a full stop (“1955. West Germany
 * joined…”) is a numbered list in Markdown: alone, a list numbered from
 * 1955, its year hanging in the margin; after a list, its next item, its
 * year lost. Refused at its line, with how to write it.
 */
export function remarkListNumbers(): MdastPluginDefinition {
	return {
		name: 'briefing-list-numbers',
		options: { position: true },
		listItem(node: Readonly<ListItem>, ctx: MdastVisitorContext) {
			const start = node.position?.start.offset;
			const year = start === undefined ? undefined : YEAR_AS_NUMBER.exec(ctx.source.slice(start, start + 12))?.[1];
			if (year) report(ctx, node, `a line beginning “${year}.” is a numbered list item in Markdown, and its number is not shown as written: to begin a sentence with a year, write “${year}\\.”, or begin it otherwise`);
		},
	};
}
