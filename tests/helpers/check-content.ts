import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import mdx from '@astrojs/mdx';
import { DATA_FILES, overviewSchema, sectionSchema } from '../../src/data/schemas.ts';
import { fieldLines, publicationLines } from '../../src/data/field-lines.ts';
import { readDataFile } from '../../src/data/yaml.ts';
import { documentFacts, type DocumentFacts } from '../../src/markdown/document-state.ts';
import { checkReferences, dataRefs, isPart } from '../../src/data/references.ts';
import { checkNames, readFirst, readSection, reservedSlugs, slugOf, type EntryType } from '../../src/loaders/mdx-folder.ts';
import { buildDay, checkPublication } from '../../src/publication/checks.ts';
import { TIMELINE_DRAWING } from '../../src/figures/timeline/placement.ts';
import { compileSection } from './compile-section.ts';
import { ROOT } from './project.ts';

let astroMdx: Promise<EntryType> | undefined;

/**
 * How Astro's glob() reads an MDX file's frontmatter, before any loader of ours sees it: @astrojs/mdx's entry
 * type, taken from the integration as Astro takes it. Its mistakes are the build's, and an author sees them.
 */
function astroMdxEntryType(): Promise<EntryType> {
	return (astroMdx ??= new Promise((resolve, reject) => {
		const setup = mdx().hooks['astro:config:setup'] as (params: unknown) => Promise<void>;
		const ignore = () => {};
		setup({ addContentEntryType: resolve, updateConfig: ignore, addRenderer: ignore, addPageExtension: ignore, config: {} }).catch(reject);
	}));
}

interface Page {
	file: string;
	lines: ReturnType<typeof fieldLines>;
	publicationLines: ReturnType<typeof publicationLines>;
	slug: string;
	data: Record<string, unknown>;
	facts: DocumentFacts;
	/** Its h2 and h3 headings' ids, as Astro collects them for the build's cross-references. */
	parts: string[];
}

/** The ids of the headings that make parts (`isPart`) in a compiled section's tree, as Astro collects them for the build. */
function partsOf(tree: string): string[] {
	const ids: string[] = [];
	const walk = (node: { type?: string; tagName?: string; properties?: { id?: unknown }; children?: unknown[] }) => {
		const depth = /^h([1-6])$/.exec(node.tagName ?? '')?.[1];
		if (node.type === 'element' && depth && typeof node.properties?.id === 'string' && isPart(Number(depth), node.properties.id)) ids.push(node.properties.id);
		for (const child of node.children ?? []) walk(child as typeof node);
	};
	walk(JSON.parse(tree));
	return ids;
}

/**
 * What the build checks of a content folder before it renders a page, by
 * the very functions the build calls, in the same order: the data files
 * through the one YAML reader and their schemas; the section files' names
 * and frontmatter; each section through the Markdown pipeline (MDX and our
 * plugins); then the cross-references and the publication's dates. Throws
 * the build's own message at the first problem. A build takes seconds;
 * this takes milliseconds, so the bad-input matrix can afford many cases.
 */
export async function checkContent(dir: string): Promise<void> {
	const content = pathToFileURL(`${dir}/`);
	// Every data file, in turn, through the reader and schema the collections use; its data as they hold it.
	const data = Object.fromEntries((Object.keys(DATA_FILES) as (keyof typeof DATA_FILES)[]).map((name) => [name, readDataFile(content, name)])) as {
		[N in keyof typeof DATA_FILES]: ReturnType<typeof readDataFile<N>>;
	};

	const sectionsDir = join(dir, 'sections');
	const sectionFiles = checkNames(sectionsDir, 'content/sections', reservedSlugs(join(ROOT, 'src')));
	const files = [...sectionFiles.sort().map((name) => `sections/${name}`), 'overview.mdx'];
	const pages: Page[] = [];
	for (const name of files) {
		const file = `content/${name}`;
		const path = join(dir, name);
		const overview = name === 'overview.mdx';
		// As the loader hands it to glob(): Astro's reader of the frontmatter, with ours before it.
		const entryType = readFirst(await astroMdxEntryType(), () => readSection(path, file, overview ? overviewSchema : sectionSchema));
		const { data: fields } = await entryType.getEntryInfo({ fileUrl: pathToFileURL(path), contents: readFileSync(path, 'utf8') });
		const slug = overview ? 'overview' : slugOf(name);
		// The body keeps its line numbers: the frontmatter's lines stay, blank.
		const text = readFileSync(path, 'utf8').replace(/^---\r?\n[\s\S]*?\r?\n---/, (fm) => fm.replace(/[^\n]/g, ''));
		let facts: DocumentFacts;
		let parts: string[];
		try {
			const compiled = await compileSection(text, join(ROOT, file), content);
			facts = documentFacts(compiled.frontmatter, file);
			parts = partsOf(compiled.tree);
		} catch (error) {
			// Sätteri's syntax errors start with their place (`19:1: …`), not the file; Astro adds the file, as this does.
			const place = /^(\d+:\d+): ([\s\S]*)$/.exec((error as Error).message);
			throw place ? new Error(`${file}:${place[1]}: ${place[2]}`) : error;
		}
		const raw = readFileSync(path, 'utf8');
		pages.push({ file, lines: fieldLines(raw), publicationLines: publicationLines(raw), slug, data: sectionSchema.or(overviewSchema).parse(fields) as Record<string, unknown>, facts, parts });
	}

	const sections = pages.filter((p) => p.slug !== 'overview');
	const overview = pages.find((p) => p.slug === 'overview')!;
	const doc = (p: Page) => ({ file: p.file, slug: p.slug, order: p.data.order as number | undefined, ...p.lines, asOf: String(p.data.asOf), sources: p.data.sources as string[], cited: p.facts.citedSources, quoted: p.facts.quoted, parts: p.parts });
	const entries = <K extends 'sources' | 'people' | 'quotes' | 'timeline' | 'glossary' | 'members'>(name: K) => data[name].map((e) => ({ file: DATA_FILES[name].file, ...e }));
	const problems = checkReferences({
		asOf: String(overview.data.asOf),
		sections: sections.map(doc),
		overview: [doc(overview)],
		...dataRefs({ sources: entries('sources'), people: entries('people'), quotes: entries('quotes'), timeline: entries('timeline'), glossary: entries('glossary'), members: entries('members') }),
		timelineDrawing: TIMELINE_DRAWING,
	});
	if (problems.length > 0) throw new Error(`The briefing's content does not hold together (${problems.length}):\n  ${problems.join('\n  ')}`);

	const briefing = data.briefing[0].data;
	const log = checkPublication({
		briefing: { file: DATA_FILES.briefing.file, ...briefing, lines: data.briefing[0].fields },
		sources: data.sources.map((s) => s.id),
		overview: { file: overview.file, asOf: String(overview.data.asOf), updated: String(overview.data.updated), afterNotes: overview.facts.afterNotes, lines: overview.publicationLines },
		sections: sections.map((s) => ({ file: s.file, slug: s.slug, updated: String(s.data.updated), afterNotes: s.facts.afterNotes, lines: s.publicationLines })),
		log: { file: DATA_FILES.corrections.file, entries: data.corrections.map((c) => ({ entry: `entry ${c.id}`, ...c.data, lines: c.fields })) },
		today: buildDay(),
	});
	if (log.length > 0) throw new Error(`The publication data does not agree with the briefing (${log.length}):\n  ${log.join('\n  ')}`);
}
