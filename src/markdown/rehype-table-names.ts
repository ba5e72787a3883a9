import type { Element, Root } from 'hast';
import { toString } from 'hast-util-to-string';

const HEADING = /^h[2-6]$/;

/**
 * Names each table after the heading it sits under, as a screen reader's
 * list of tables shows it: the tables had no name, and a reader moving from
 * table to table heard only “table”. By the heading's text (`aria-label`),
 * not by a reference to the heading, whose “Link to this heading” anchor
 * (rehype-headings.ts) would have been read out too. A table that is named
 * already, or has a caption, keeps its own.
 */
export function rehypeTableNames() {
	return (tree: Root) => {
		let heading: string | undefined;
		for (const node of tree.children) {
			if (node.type !== 'element') continue;
			if (HEADING.test(node.tagName)) heading = toString(node).trim();
			else if (node.tagName === 'table' && heading && !named(node)) node.properties.ariaLabel = heading;
		}
	};
}

const named = (table: Element) =>
	table.properties.ariaLabel !== undefined || table.properties.ariaLabelledBy !== undefined || table.children.some((c) => c.type === 'element' && c.tagName === 'caption');
