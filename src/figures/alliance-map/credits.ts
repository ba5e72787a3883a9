/**
 * Credit lines for the map: the sources it draws on, grouped by
 * publisher, so that a line of twenty sources reads "NATO (1954, 2008, …)"
 * rather than repeating the name. The map's caption uses it; the timeline's
 * events each give their own sources, in the list below its figure.
 */
import { formatDate } from '../../text/dates.ts';

export interface SourceRef {
	id: string;
	publisher: string;
	/** YYYY-MM-DD, YYYY-MM, YYYY or "n.d.". */
	date: string;
}

export interface CreditGroup {
	publisher: string;
	/** Each source, with the text of its link: its date, short ("n.d." when undated). */
	sources: { id: string; text: string }[];
}

/** Sources grouped by publisher, publishers in alphabetical order and each one's sources by date, each source once. */
export function creditSources(sources: readonly SourceRef[]): CreditGroup[] {
	const unique = [...new Map(sources.map((s) => [s.id, s])).values()];
	const groups = new Map<string, SourceRef[]>();
	for (const source of unique) groups.set(source.publisher, [...(groups.get(source.publisher) ?? []), source]);
	return [...groups.entries()]
		.sort(([a], [b]) => a.localeCompare(b, 'en'))
		.map(([publisher, list]) => ({
			publisher,
			sources: list
				.sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id))
				.map((s) => ({ id: s.id, text: formatDate(s.date, 'short') })),
		}));
}
