import type { Element } from 'hast';
import { slug } from 'github-slugger';
import { toString } from 'hast-util-to-string';
import { bodyRows, cells, columnHeadings } from './table-parts.ts';
import { positionTitle, SEARCH_KIND } from '../search/search-kinds.ts';

/**
 * A table headed “Ally | Position | …” says where each ally stands, the
 * question a reader most often brings to this briefing. Searched as part of
 * its section, “Germany” found the table's row eleventh, after every page
 * on West Germany in 1955. Each row becomes a search record of its own
 * (src/postbuild/search/entries.ts reads `data-search-entry`): titled with its allies and
 * their position (“Position of Germany: Against”, so that “Germany
 * position” finds it too), summarised by the report in its
 * third cell, opened at the row, which gets an id for it. The row stays in
 * its section's text as well. Marks the rows of a table copied out of the
 * tree (rehype-tables.ts), changed in place; any other table is left as it is.
 */
export function markPositionRows(table: Element): void {
	for (const { row, id, title, report } of positionRows(table)) {
		Object.assign(row.properties, { id, dataSearchEntry: SEARCH_KIND.position, dataSearchTitle: title });
		report.properties.dataSearchSummary = '';
	}
}

interface PositionRow {
	row: Element;
	/** The row's id, from its allies: `ally-germany`. */
	id: string;
	/** The search record's title: “Position of Germany: Against”. */
	title: string;
	/** The cell that summarises the record. */
	report: Element;
}

/** The rows of a table headed “Ally | Position | …” that become search records; none for any other table. */
function positionRows(table: Element): PositionRow[] {
	const headings = columnHeadings(table);
	if (headings[0] !== 'Ally' || headings[1] !== 'Position' || headings.length < 3) return [];
	return bodyRows(table).flatMap((row) => {
		const [allies, position, report] = cells(row);
		if (!allies || !position || !report) return [];
		const who = toString(allies).trim();
		return [{ row, id: `ally-${slug(who)}`, title: positionTitle(who, toString(position).trim()), report }];
	});
}
