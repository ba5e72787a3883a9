import { afterNoteId, pageHref } from '../site/urls.ts';

/** The slug a log entry uses for the overview. */
export const OVERVIEW_SLUG = 'overview';

/** A page's name in its URL for a slug of the log, and back: the overview is `index.html`. */
export const pageOfSlug = (slug: string) => (slug === OVERVIEW_SLUG ? 'index' : slug);
export const slugOfPage = (page: string) => (page === 'index' ? OVERVIEW_SLUG : page);

/** The date of the AfterNote an update announces: its `note`, or else its own date, the day the note was written and added. */
export const noteDate = (entry: { date: string; note?: string }): string => entry.note ?? entry.date;

/** Whether an entry adds sections (`added`): such an update announces no note. */
export const addsSections = (entry: { added?: readonly string[] }): boolean => (entry.added?.length ?? 0) > 0;

export interface LogEntry {
	date: string;
	kind: 'update' | 'correction';
	summary: string;
	/** Slugs of the sections it touches, or `overview`. */
	sections: string[];
	/** Reference pages (`people`) it touches: corrected there, or speaking of what it changes as still to come. */
	referencePages?: readonly string[];
	/** What changed on a page it names, by slug, where the entry says. */
	changes?: Readonly<Record<string, string>>;
	/** The date of the AfterNote an update announces, where it was added on a later day than its own. */
	note?: string;
	/** The sections an update adds to the briefing. */
	added?: readonly string[];
}

/** The day a section was added after first publication: that of the update that adds it (`added`), or undefined. A section added in 2026 had been cited as issued in 2024. */
export const addedOn = (log: readonly LogEntry[], slug: string): string | undefined => log.find((entry) => entry.added?.includes(slug))?.date;

/**
 * The day a note of `date` on one of `holders` (the pages that hold a note of that date) was added, where later
 * than its own: the first update announcing it, with `note:` or on its own day. A later update that extends the
 * note, with `note:`, is no addition; of two pages' notes of one date, one announced on its day, neither is said
 * added later (said too little rather than wrongly).
 */
export function noteAddedOn(log: readonly LogEntry[], date: string, holders: readonly string[]): string | undefined {
	const first = log
		.filter((entry) => entry.kind === 'update' && !addsSections(entry) && noteDate(entry) === date && entry.sections.some((s) => holders.includes(s)))
		.map((entry) => entry.date)
		.sort()[0];
	return first !== undefined && first > date ? first : undefined;
}

/** What a log entry's kind is called where readers see it: its notice, the log and the feed. */
export const KIND_LABEL = { update: 'Update', correction: 'Correction' } as const satisfies Record<LogEntry['kind'], string>;

/**
 * Where an entry's notice stands, by section slug or reference page name: the
 * overview (`OVERVIEW_SLUG`), which shows every entry, the sections it names
 * and its reference pages. The log lists them; the pages show the notice.
 */
export const noticePages = (entry: LogEntry): string[] => [...new Set([OVERVIEW_SLUG, ...entry.sections, ...(entry.referencePages ?? [])])];

/**
 * The pages an entry's lines in the log go through, page by page: those it names, not the overview unless named.
 * The overview shows every entry's summary; a bare “Overview” had stood among the changes of an entry that never
 * touched it.
 */
export const changedPages = (entry: LogEntry): string[] => noticePages(entry).filter((page) => page !== OVERVIEW_SLUG || entry.sections.includes(page));

/** A log entry with its anchor on the about page (`log-2024-12-04`, then `log-2024-12-04-2`…). */
export type AnchoredEntry = LogEntry & { anchor: string };

/** Where the log says what an entry changed on a page (`log-2026-12-05-background`). */
export const changeAnchor = (entry: AnchoredEntry, page: string) => `${entry.anchor}-${page}`;

/** Where a notice sends the reader: to the dated note itself, to a section it adds, or to the log. */
export interface Notice extends AnchoredEntry {
	/**
	 * What changed on the page, where the entry says, which its notice says in place of the summary: on a section or
	 * a reference page (and its part of the whole briefing), never on the overview, which speaks for every part.
	 */
	change?: string;
	/** A page and fragment, root-absolute like every internal link in the source (`/alliance-reaction.html#after-note-2024-12-04`). */
	href: string;
	/** Names the section that holds the note when it is another page: on paper, the link's words are all that say where. */
	linkText: string;
	/** It leads to a dated note, not to the log. */
	toNote: boolean;
	/** The notice leads somewhere on the page it is on: printed, it would send the reader nowhere new. */
	here: boolean;
	/** The entry changed this page: on the overview, one that names it; elsewhere, every one. Of a day's folded notices, these come first (noticeGroups). */
	own: boolean;
}

/** The word for a page's, or the briefing's, last change. */
export type ChangeLabel = 'Updated' | 'Corrected' | 'Added';

/**
 * The word for the last change, on `date`, of a page or of the briefing (its byline, footer, cover and the zip's
 * README): “Corrected” where that day's entries are corrections alone. “Updated 5 December 2026” on a page of
 * corrections read as news brought up to 2026. “Added” for `page`, a section, on the day an update added it: a new
 * section's “Updated” had read as if it had been there before.
 */
export function lastChangeLabel(entries: readonly Pick<LogEntry, 'date' | 'kind' | 'added'>[], date: string, page?: string): ChangeLabel {
	const that = entries.filter((n) => n.date === date);
	if (page !== undefined && that.some((n) => n.added?.includes(page))) return 'Added';
	return that.length > 0 && that.every((n) => n.kind === 'correction') ? 'Corrected' : 'Updated';
}

/** The log, newest first (of a day's entries, the later in the file first), each with its anchor, given in file order. */
export function orderLog(entries: LogEntry[]): AnchoredEntry[] {
	const seen = new Map<string, number>();
	const anchored = entries.map((entry) => {
		const n = (seen.get(entry.date) ?? 0) + 1;
		seen.set(entry.date, n);
		return { ...entry, anchor: n === 1 ? `log-${entry.date}` : `log-${entry.date}-${n}` };
	});
	return anchored.map((e, i) => [e, i] as const).sort(([a, i], [b, j]) => b.date.localeCompare(a.date) || j - i).map(([e]) => e);
}

/**
 * The notices for the top of a page: on the overview (`index`), every entry;
 * on a section or a reference page, the entries that name it, each saying
 * what changed there where it says. An update links to the dated
 * AfterNote it announces when a section it names holds one (preferring the
 * page the reader is on), naming that section by its short title
 * (`titles`) when it is another; an update adding a section, to that section
 * from every other page; any other entry to its line in the log.
 */
export function noticesFor(page: string, log: AnchoredEntry[], afterNotes: Map<string, string[]>, titles: ReadonlyMap<string, string>): Notice[] {
	const slug = slugOfPage(page);
	return log
		.filter((entry) => noticePages(entry).includes(slug))
		.map((logged) => {
			const change = slug !== OVERVIEW_SLUG ? logged.changes?.[slug] : undefined;
			const entry = { ...logged, ...(change ? { change } : {}), own: slug !== OVERVIEW_SLUG || logged.sections.includes(OVERVIEW_SLUG) };
			// An update adding a section announces no note, though one of its day be in a section it names.
			const holders = entry.kind === 'update' && !addsSections(entry) ? entry.sections.filter((s) => afterNotes.get(s)?.includes(noteDate(entry))) : [];
			const holder = holders.includes(slug) ? slug : holders[0];
			// A section added: to it, from every page but the sections added; the feed's entry had led to the log instead.
			const addition = holder || entry.added?.includes(slug) ? undefined : entry.added?.[0];
			if (addition) return { ...entry, href: pageHref(addition), linkText: `Read “${titles.get(addition) ?? addition}”`, toNote: false, here: false };
			// To the page's own line in the log, where it has one, among the entry's others.
			if (!holder) return { ...entry, href: pageHref('about', change ? changeAnchor(entry, slug) : entry.anchor), linkText: 'See the log on the About page', toNote: false, here: false };
			const here = holder === slug;
			return { ...entry, href: pageHref(pageOfSlug(holder), afterNoteId(noteDate(entry))), linkText: here ? 'Read the note' : `Read the note in “${titles.get(holder) ?? holder}”`, toNote: true, here };
		});
}

/**
 * Whether an entry's notice stands at the top of a page's part of the whole briefing, below the notices of the
 * whole: every correction that names the section, as its own page shows them (folded, they no longer crowd the part,
 * whose count had fallen short of its page's); an update where it says what changed there, or names that section
 * alone (a note added to it, or the section itself), whatever reference pages it names besides. The update naming
 * every section that spoke of the meeting as still to come is said once, at the top.
 */
export const speaksForPart = (entry: LogEntry, page: string): boolean =>
	entry.kind === 'correction' ? entry.sections.includes(page) : entry.changes?.[page] !== undefined || entry.sections.filter((s) => s !== OVERVIEW_SLUG).join() === page;

type Shown = { kind: LogEntry['kind']; date: string; toNote?: boolean; own?: boolean; added?: readonly string[] };

/**
 * The notices at the top of a page, of `notices` (newest first), in two groups. The news stands open: every update
 * that leads to a dated note, which brings news since the as-of date (the meeting's outcome), and those of the newest
 * day that added sections. Two later corrections had pushed the note of the meeting's outcome off every page, behind
 * a link; a later note had pushed it off the pages it bears on, which the About page promises it is at the top of.
 * The others, every one, fold under one line (UpdateNotice.astro), newest first, of a day's those that changed the
 * page first: open, three corrections of one day had put a section's first words two screens down on a phone, and a
 * limit on how many were shown had hidden a page's earlier corrections, and on the overview its own of a day.
 */
export function noticeGroups<N extends Shown>(notices: N[]): { news: N[]; more: N[] } {
	// Older additions fold with the rest, so that the top does not grow with every one. Log entries, not yet notices,
	// lead nowhere yet: every update that adds nothing counts.
	const adds = (n: N) => n.kind === 'update' && addsSections(n);
	const newestAddition = notices.find(adds)?.date;
	const news = notices.filter((n) => (adds(n) ? n.date === newestAddition : n.kind === 'update' && n.toNote !== false));
	// A stable sort keeps the rest in their order.
	const more = notices.filter((n) => !news.includes(n)).sort((a, b) => b.date.localeCompare(a.date) || Number(b.own !== false) - Number(a.own !== false));
	return { news, more };
}

/**
 * The one line the folded notices stand under: their kind and count, what they changed (`of`: “this page”, “the
 * briefing”), and their day, or the newest of their days, which `latest` says (“3 corrections to this page, 6 December
 * 2026”; “Correction to this page, 6 December 2026”; “4 corrections and updates to the briefing, the latest 6 December
 * 2026”). `notices` are newest first.
 */
export function foldedNoticesLabel(notices: readonly { kind: LogEntry['kind']; date: string }[], of: string): { words: string; latest: boolean; date: string } {
	const kinds = new Set(notices.map((n) => n.kind));
	const date = notices[0].date;
	const latest = notices.some((n) => n.date !== date);
	if (notices.length === 1) return { words: `${KIND_LABEL[notices[0].kind]} to ${of}`, latest, date };
	const plural = kinds.size > 1 ? 'corrections and updates' : kinds.has('update') ? 'updates' : 'corrections';
	return { words: `${notices.length} ${plural} to ${of}`, latest, date };
}
