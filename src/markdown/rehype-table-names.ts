import type { HastPluginDefinition } from 'satteri';
import { perDocument } from './document-state.ts';

const HEADING = /^h[2-6]$/;

/**
 * Names each table after the heading it sits under, as a screen reader's
 * list of tables shows it: the tables had no name, and a reader moving from
 * table to table heard only “table”. By the heading's text (`aria-label`),
 * not by a reference to the heading, whose “Link to this heading” anchor
 * (rehype-headings.ts) would have been read out too. Only the section's own
 * headings and tables, not those inside a quotation or a component; a GFM
 * table has no caption or name of its own.
 */
export function rehypeTableNames(): HastPluginDefinition {
	/** The text of the section's last heading so far. */
	const state = perDocument(() => ({ heading: undefined as string | undefined }));
	return {
		name: 'briefing-table-names',
		after: (_, ctx) => state.forget(ctx),
		element: {
			filter: ['h2', 'h3', 'h4', 'h5', 'h6', 'table'],
			visit(node, ctx) {
				if (ctx.parent(node).type !== 'root') return;
				if (HEADING.test(node.tagName)) return void (state(ctx).heading = ctx.textContent(node).trim());
				const name = state(ctx).heading;
				if (name) ctx.setProperty(node, 'ariaLabel', name);
			},
		},
	};
}
