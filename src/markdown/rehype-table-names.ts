import type { Element, ElementContent, Root } from 'hast';
import { toString } from 'hast-util-to-string';

const HEADING = /^h[2-6]$/;

/**
 * Names each table after the heading it sits under (`aria-label`), as a
 * screen reader's list of tables shows it: the tables had no name, and a
 * reader moving from table to table heard only “table”. The heading's text
 * without its “Link to this heading” anchor (rehype-headings.ts), which a
 * reference to the heading itself would have read out too. A table that is
 * named already, or has a caption, keeps its own.
 */
export function rehypeTableNames() {
	return (tree: Root) => {
		let heading: string | undefined;
		for (const node of tree.children) {
			if (node.type !== 'element') continue;
			if (HEADING.test(node.tagName)) heading = headingText(node);
			else if (node.tagName === 'table' && heading && !named(node)) node.properties.ariaLabel = heading;
		}
	};
}

const isAnchor = (node: ElementContent) => node.type === 'element' && String(node.properties.className ?? '').split(' ').includes('heading-anchor');
const headingText = (heading: Element) => heading.children.filter((c) => !isAnchor(c)).map((c) => toString(c)).join('').trim();
const named = (table: Element) =>
	table.properties.ariaLabel !== undefined || table.properties.ariaLabelledBy !== undefined || table.children.some((c) => c.type === 'element' && c.tagName === 'caption');
