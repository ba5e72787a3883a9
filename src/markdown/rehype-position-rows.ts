import type { Element, Root } from 'hast';
import { slug } from 'github-slugger';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';
import { bodyRows, cells, columnHeadings } from './rehype-tables.ts';

/** The search kind of an ally's row, which results show beside its title (search/results.ts). */
const POSITION_KIND = 'Position';

/**
 * A table headed “Ally | Position | …” says where each ally stands, the
 * question a reader most often brings to this briefing. Searched as part of
 * its section, “Germany” found the table's row eleventh, after every page
 * on West Germany in 1955. Each row becomes a search record of its own
 * (search-index.ts reads `data-search-entry`): titled with its allies and
 * their position (“Position of Germany: Against”, so that “Germany
 * position” finds it too), summarised by the report in its
 * third cell, opened at the row, which gets an id for it. The row stays in
 * its section's text as well.
 */
export function rehypePositionRows() {
	return (tree: Root) => {
		visit(tree, 'element', (table: Element) => {
			if (table.tagName !== 'table') return;
			const headings = columnHeadings(table);
			if (headings[0] !== 'Ally' || headings[1] !== 'Position' || headings.length < 3) return;
			for (const row of bodyRows(table)) {
				const [allies, position, report] = cells(row);
				if (!allies || !position || !report) continue;
				const who = toString(allies).trim();
				row.properties.id = `ally-${slug(who)}`;
				row.properties.dataSearchEntry = POSITION_KIND;
				row.properties.dataSearchTitle = `Position of ${who}: ${toString(position).trim()}`;
				report.properties.dataSearchSummary = '';
			}
		});
	};
}
