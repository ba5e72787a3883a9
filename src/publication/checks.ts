import { closest, didYouMean } from '../text/did-you-mean.ts';
import { addsSections, noteDate, OVERVIEW_SLUG } from './log.ts';
import { placeIn } from '../data/content-file-error.ts';

/** What the checks need to know of the publication, its pages and its log. */
export interface PublicationFacts {
	/** `lines`: where each field is written in its file, where known, for the messages. */
	briefing: { file: string; asOf: string; firstPublished: string; updated: string; firstSections?: string[]; builtOn?: { source: string }; lines?: FieldLines };
	/** The ids of the sources in the register. */
	sources: string[];
	overview: { file: string; asOf: string; updated: string; afterNotes?: string[]; lines?: FieldLines };
	sections: { file: string; slug: string; updated: string; afterNotes: string[]; lines?: FieldLines }[];
	log: { file: string; entries: { entry: string; date: string; kind: 'update' | 'correction'; sections: string[]; note?: string; added?: string[]; lines?: FieldLines }[] };
	/** The build's day by its clock (YYYY-MM-DD), where a change's date is to be held to it. */
	today?: string;
}

/** The line each field is written on, by its name. */
export type FieldLines = Record<string, number | undefined>;

/** A file, and the line of its field `field` where known (`content/briefing.yaml:7`). */
const at = (file: string, lines: FieldLines | undefined, field: string) => placeIn(file, lines?.[field]);

/** The build's day by its clock, in UTC (YYYY-MM-DD): the checks' `today`. */
export const buildDay = () => new Date().toISOString().slice(0, 10);

/** The day after `day` (YYYY-MM-DD). */
const dayAfter = (day: string) => new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

/**
 * What a message says of a slug that names no section: the one meant, where close. For a section published from the
 * start, what to do first: its file renamed, the build had offered the new slug to write into the record, and the
 * page readers' links and citations lead to was gone without a word (an author's trial).
 */
function missing(briefing: PublicationFacts['briefing'], slug: string, slugs: readonly string[]): string {
	if (!briefing.firstSections?.includes(slug)) return didYouMean(slug, slugs) || ` (known: ${slugs.join(', ')})`;
	const near = closest(slug, slugs);
	return `: a section published from the start keeps its address, ${slug}.html, which readers' links and citations lead to; ${near ? `if "${near}" is that section renamed, give its file back the slug "${slug}"; if "${slug}" is a slip for "${near}", write "${near}"` : `give its file back the slug "${slug}"`}`;
}

/** A slug as meant: as written where `known` has it, else the closest there, else as written. */
const asMeant = (slug: string, known: readonly string[]) => (known.includes(slug) ? slug : (closest(slug, known) ?? slug));

/**
 * Checks that the publication data, the pages' dates and the log tell one
 * story: one as-of date; no page or log entry later than the briefing's
 * `updated`; every log entry naming real sections that show the change in
 * their own `updated`, and every page changed after publication named by a
 * log entry of that day (a section added later had built with none); and
 * every AfterNote announced by an update naming its section, so that no
 * note sits unannounced 60% of the way down a page, and every update's
 * `note` a note on a page it names; every section not among the first
 * published (`firstSections`, where given) added by an update (checkAdditions); and,
 * given `today`, no date after the day after it.
 * Returns one message per problem, naming the file and the field.
 */
export function checkPublication({ briefing, sources, overview, sections, log, today }: PublicationFacts): string[] {
	const problems: string[] = [];
	const b = (field: string) => at(briefing.file, briefing.lines, field);
	// Every change's date held to the build's day, at its own line, with a day's grace for an author ahead of the
	// build's clock: a mistyped year (2027 for 2026) had reached readers as written. A date so refused is not also
	// given advice that would spread it (“set the briefing's updated to the latest change”, “log the change”).
	const future = (date: string) => today !== undefined && date > dayAfter(today);
	const afterToday = (place: string, field: string, date: string) => `${place}: ${field}: ${date} is after today (${today} by the build's clock, a day's grace allowed); a change is dated the day it is made`;
	if (future(briefing.updated)) problems.push(afterToday(b('updated'), 'updated', briefing.updated));
	if (briefing.builtOn && !sources.includes(briefing.builtOn.source)) problems.push(`${b('builtOn')}: builtOn.source: unknown source id "${briefing.builtOn.source}"${didYouMean(briefing.builtOn.source, sources)}; give the report's id as content/sources.yaml lists it`);
	if (briefing.asOf !== overview.asOf) problems.push(`${b('asOf')}: asOf: ${briefing.asOf} differs from the overview's asOf (${overview.asOf}) in ${overview.file}`);
	if (briefing.updated < briefing.firstPublished) problems.push(`${b('updated')}: updated: ${briefing.updated} is before firstPublished (${briefing.firstPublished})`);
	for (const page of [overview, ...sections]) {
		if (future(page.updated)) problems.push(afterToday(at(page.file, page.lines, 'updated'), 'updated', page.updated));
		else if (page.updated > briefing.updated) problems.push(`${b('updated')}: updated: ${briefing.updated} is earlier than the updated date of ${page.file} (${page.updated}); set it to the latest change`);
	}
	const bySlug = new Map(sections.map((s) => [s.slug, s]));
	const slugs = [...bySlug.keys(), OVERVIEW_SLUG];
	/** The log's entries as meant: a slug misspelt there stands for the one it is closest to, whose page is not also told it is missing from the log. */
	const naming = (e: PublicationFacts['log']['entries'][number], slug: string) => ({ date: e.date, kind: e.kind, slug, note: noteDate(e), adds: addsSections(e) });
	const meant: ReturnType<typeof naming>[] = [];
	for (const entry of log.entries) {
		const inLog = (field: string) => `${at(log.file, entry.lines, field)}: ${entry.entry} (${entry.date})`;
		if (future(entry.date)) problems.push(afterToday(inLog('date'), 'date', entry.date));
		else if (entry.date > briefing.updated) problems.push(`${inLog('date')}: date: later than the briefing's updated date (${briefing.updated}) in ${briefing.file}`);
		if (entry.date < briefing.firstPublished) problems.push(`${inLog('date')}: date: before the briefing was first published (${briefing.firstPublished})`);
		for (const slug of entry.sections) {
			const page = slug === OVERVIEW_SLUG ? overview : bySlug.get(slug);
			const near = page ? undefined : closest(slug, slugs);
			if (near) meant.push(naming(entry, near));
			if (!page) problems.push(`${inLog('sections')}: sections: no section "${slug}"${missing(briefing, slug, slugs)}`);
			else if (page.updated < entry.date && !future(entry.date)) problems.push(`${at(page.file, page.lines, 'updated')}: updated: ${page.updated} is earlier than the ${entry.kind} of ${entry.date} in ${log.file} that names it`);
		}
	}
	// Each page the log names, by its entry's day and kind, as written or as meant.
	const named = [...log.entries.flatMap((e) => e.sections.map((slug) => naming(e, slug))), ...meant];
	// The converse: a page changed after publication says so in the log, on the day its `updated` gives.
	const unlogged = new Set<string>();
	for (const [slug, page] of [[OVERVIEW_SLUG, overview] as const, ...sections.map((s) => [s.slug, s] as const)]) {
		if (page.updated <= briefing.firstPublished || future(page.updated)) continue;
		if (!named.some((e) => e.date === page.updated && e.slug === slug)) {
			unlogged.add(slug);
			problems.push(`${at(page.file, page.lines, 'updated')}: updated: ${page.updated} is after the briefing was first published (${briefing.firstPublished}), and no entry of ${page.updated} in ${log.file} names "${slug}"; log the change, so readers see what changed and when`);
		}
	}
	problems.push(...checkAdditions({ briefing, sections, log }, unlogged));
	// The overview's notes as a section's: its notices, too, lead to the log.
	for (const page of [{ ...overview, slug: OVERVIEW_SLUG, afterNotes: overview.afterNotes ?? [] }, ...sections]) {
		for (const date of page.afterNotes) {
			const announced = named.some((e) => e.kind === 'update' && !e.adds && e.note === date && e.slug === page.slug);
			if (!announced) {
				problems.push(
					`${at(page.file, page.lines, `AfterNote ${date}`)}: <AfterNote date="${date}"> has no update naming "${page.slug}" in ${log.file}; add one, so readers see it at the top: dated the day it is added, with note: ${date} (or dated ${date}, if added that day)`,
				);
			}
		}
	}
	// An update's `note` is a note's date on a page it names, the overview or a section, as meant where misspelt: the
	// notices link to it.
	const notesOf = (slug: string) => (slug === OVERVIEW_SLUG ? (overview.afterNotes ?? []) : (bySlug.get(slug)?.afterNotes ?? []));
	for (const entry of log.entries) {
		const pages = entry.sections.map((slug) => asMeant(slug, slugs));
		if (entry.note && !pages.some((slug) => notesOf(slug).includes(entry.note!))) {
			// The notes those pages do hold, one of which was likely meant.
			const held = pages.flatMap((slug) => notesOf(slug).map((date) => `${slug} holds <AfterNote date="${date}">`));
			problems.push(`${at(log.file, entry.lines, 'note')}: ${entry.entry} (${entry.date}): note: no page this update names holds an <AfterNote date="${entry.note}">${held.length > 0 ? ` (${held.join('; ')})` : ''}`);
		}
	}
	return problems;
}

/**
 * Sections added after first publication, by the log's `added`: every section not among `firstSections` (where
 * given) added by an update, none in both, each added once, and no entry before its addition naming it. A new
 * section dated firstPublished had built as if it had been there from the start; one listed in firstSections by
 * mistake, had its addition been logged in prose alone, had been cited as published in 2024.
 */
function checkAdditions({ briefing, sections, log }: Pick<PublicationFacts, 'briefing' | 'sections' | 'log'>, unlogged: ReadonlySet<string>): string[] {
	const problems: string[] = [];
	const slugs = sections.map((s) => s.slug);
	const first = new Set<string>();
	for (const slug of briefing.firstSections ?? []) {
		first.add(asMeant(slug, slugs));
		if (!slugs.includes(slug)) problems.push(`${at(briefing.file, briefing.lines, 'firstSections')}: firstSections: no section "${slug}"${missing(briefing, slug, slugs)}`);
	}
	// A slug misspelt in added is misspelt in sections too, and told there: here it stands for the one it is closest to.
	const meant = (slug: string) => asMeant(slug, slugs);
	const additions = new Map<string, { entry: string; date: string }>();
	for (const entry of log.entries) {
		for (const slug of new Set((entry.added ?? []).map(meant))) {
			const inLog = `${at(log.file, entry.lines, 'added')}: ${entry.entry} (${entry.date}): added`;
			const earlier = additions.get(slug);
			if (earlier) problems.push(`${inLog}: "${slug}" is added by ${earlier.entry} (${earlier.date}) too; a section is added once`);
			else additions.set(slug, entry);
			if (first.has(slug)) problems.push(`${inLog}: "${slug}" is also in firstSections in ${briefing.file}, published on ${briefing.firstPublished}; a section added later is not among those`);
			else if (entry.date <= briefing.firstPublished) problems.push(`${inLog}: "${slug}" is added on ${entry.date}, not after the briefing was first published (${briefing.firstPublished}); a section published that day is listed in firstSections`);
		}
	}
	for (const entry of log.entries) {
		for (const slug of new Set(entry.sections.map(meant))) {
			const addition = additions.get(slug);
			if (addition && entry.date < addition.date) problems.push(`${at(log.file, entry.lines, 'sections')}: ${entry.entry} (${entry.date}): sections: "${slug}" was added on ${addition.date} (${addition.entry}); no entry before that names it`);
		}
	}
	if (!briefing.firstSections) return problems;
	for (const section of sections) {
		// A page told that its change is not logged is not told again: one entry answers both.
		if (first.has(section.slug) || unlogged.has(section.slug) || additions.has(section.slug)) continue;
		problems.push(
			`${at(section.file, section.lines, 'updated')}: "${section.slug}" was not published on ${briefing.firstPublished} (firstSections in ${briefing.file} lists the sections that were), and no update adds it; log its addition, an update dated the day it is added with "${section.slug}" in its sections and its added, and set its updated to that day`,
		);
	}
	return problems;
}
