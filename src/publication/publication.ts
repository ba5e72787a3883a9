import { getCollection, getEntry } from 'astro:content';
import { AstroError } from 'astro/errors';
import { getBriefing } from '../data/briefing.ts';
import { DATA_FILES } from '../data/schemas.ts';
import { placeOf, publicationLines, readForLines } from '../data/field-lines.ts';
import { parseYaml } from '../data/yaml.ts';
import { REFERENCE_LINKS } from '../site/reference-pages.ts';
import { SITE } from '../site/site.ts';
import { buildDay, checkPublication, type FieldLines, type PublicationFacts } from './checks.ts';
import { addedOn, lastChangeLabel, noteAddedOn, noticesFor, orderLog, OVERVIEW_SLUG, slugOfPage, type ChangeLabel, type Notice } from './log.ts';
import { resolveSiteUrl } from './site-url.ts';
import { citedWork, type CitedPage, type CitedWork, type PublicationData } from './work.ts';

const BRIEFING_FILE = DATA_FILES.briefing.file;
const LOG_FILE = DATA_FILES.corrections.file;

export interface Publication extends PublicationData {
	/** Dated notices for the top of a page; for `index` (the overview), the whole log, newest first. */
	notices(page: string): Notice[];
	/** The day a note of `date` on `page` (`index`, a section's, `all`) was added, where later than its own (noteAddedOn). */
	noteAdded(date: string, page: string): string | undefined;
	/** The page as a citable work, for the cite block, citation files and head metadata. */
	work(page: CitedPage): CitedWork;
	/** What the briefing's last change was, on `updated`. */
	changed: ChangeLabel;
	/** Each page's name as the log and its notices give it, by slug: the overview, the sections, the reference pages. */
	pageTitles: ReadonlyMap<string, string>;
}

let publication: Promise<Publication> | undefined;

/** The publication data and its log, loaded and checked against the pages once per build. */
export function getPublication(): Promise<Publication> {
	publication ??= load();
	return publication;
}

async function load(): Promise<Publication> {
	const [entry, corrections, { overview, sections, sources }] = await Promise.all([getEntry('briefing', 'briefing'), getCollection('corrections'), getBriefing()]);
	if (!entry) throw new AstroError(`${BRIEFING_FILE}: missing; it holds the publication's title, issuer, licence and dates.`, 'Copy the example in the README (“The publication”).');
	const data = entry.data;
	corrections.sort((a, b) => Number(a.id) - Number(b.id));
	// The overview's notes too: an update announcing one had led to the log.
	const afterNotes = new Map([[OVERVIEW_SLUG, overview.afterNotes], ...sections.map((s) => [s.slug, s.afterNotes] as const)]);
	const pageTitles = new Map<string, string>([[OVERVIEW_SLUG, 'Overview'], ...sections.map((s) => [s.slug, s.entry.data.shortTitle] as const), ...REFERENCE_LINKS]);
	const facts = {
		briefing: { file: BRIEFING_FILE, ...data },
		sources: sources.map((s) => s.id),
		overview: { file: overview.file, ...overview.entry.data, afterNotes: overview.afterNotes },
		sections: sections.map((s) => ({ file: s.file, slug: s.slug, updated: s.entry.data.updated, afterNotes: afterNotes.get(s.slug)! })),
		log: { file: LOG_FILE, entries: corrections.map((c) => ({ entry: `entry ${c.id}`, ...c.data })) },
		today: buildDay(),
	};
	// Checked once more with the fields' lines, read again from the files, only where something is wrong.
	const problems = checkPublication(facts).length === 0 ? [] : checkPublication(withLines(facts, corrections.map((c) => c.id)));
	if (problems.length > 0) {
		const error = new AstroError(
			`The publication data does not agree with the briefing (${problems.length}):\n  ${problems.join('\n  ')}`,
			'To record a change: add its entry to content/corrections.yaml, raise the updated date of each section it names, then updated in content/briefing.yaml (README, “The publication”).',
		);
		throw Object.assign(error, { loc: placeOf(problems[0]) });
	}

	const resolved: PublicationData = { ...data, siteUrl: resolveSiteUrl(data.siteUrl) };
	const log = orderLog(corrections.map((c) => c.data));
	const changed = lastChangeLabel(log, resolved.updated);
	return {
		...resolved,
		notices: (page) => noticesFor(page, log, afterNotes, pageTitles),
		noteAdded: (date, page) => {
			const holders = [...afterNotes].filter(([, dates]) => dates.includes(date)).map(([slug]) => slug);
			// On its own page, that page's update alone: another page's note of the same date, announced on its day, had
			// hidden this one's later addition. In the whole briefing, which holds them all, only a day all agree on.
			const own = slugOfPage(page);
			const days = new Set((holders.includes(own) ? [own] : holders).map((holder) => noteAddedOn(log, date, [holder])));
			return days.size === 1 ? [...days][0] : undefined;
		},
		changed,
		pageTitles,
		// Named as the page's byline names its last change (the files had said “last updated” where the page said
		// “Corrected”): a section by the entries that name it, on its own date; the briefing as a whole, and any page
		// dated by the briefing, by the publication's own.
		work: (page) => {
			const own = page.updated !== undefined && !(page.whole ?? page.page === 'index');
			// A section added since first publication is issued on the day it was added.
			const issued = addedOn(log, page.page);
			return citedWork(resolved, { ...page, issued, changed: own ? lastChangeLabel(noticesFor(page.page, log, afterNotes, pageTitles), page.updated!, page.page) : changed }, SITE.lang);
		},
	};
}

/** The publication's facts with the lines their fields are written on, where the files can be read. */
function withLines(facts: PublicationFacts, logIds: string[]): PublicationFacts {
	const entries = (name: 'briefing' | 'corrections') => {
		const { file, shape } = DATA_FILES[name];
		const text = readForLines(file);
		return new Map(text === undefined ? [] : parseYaml(text, file, shape).map((e) => [e.id, e.fields] as const));
	};
	const page = <T extends { file: string }>(doc: T): T & { lines: FieldLines } => {
		const text = readForLines(doc.file);
		return { ...doc, lines: text === undefined ? {} : publicationLines(text) };
	};
	const logLines = entries('corrections');
	return {
		...facts,
		briefing: { ...facts.briefing, lines: [...entries('briefing').values()][0] },
		overview: page(facts.overview),
		sections: facts.sections.map(page),
		log: { ...facts.log, entries: facts.log.entries.map((e, i) => ({ ...e, lines: logLines.get(logIds[i]) })) },
	};
}
