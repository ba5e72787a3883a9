import { AstroError } from 'astro/errors';

/**
 * A plugin's state for one document, kept by the document's own data bag
 * (`ctx.data`, shared by every pass of one compile, Markdown and HTML): a
 * plugin object serves every section of the build, and nothing here
 * assumes one section is compiled at a time. The plugin's last pass
 * forgets it (`forget`): a state holding Sätteri's nodes would otherwise
 * keep each section's whole tree for as long as Astro keeps its data.
 */
export function perDocument<T extends object, C extends { readonly data: object }>(make: (ctx: C) => T): ((ctx: C) => T) & { forget(ctx: C): void } {
	const states = new WeakMap<object, T>();
	const state = (ctx: C) => {
		let found = states.get(ctx.data);
		if (!found) states.set(ctx.data, (found = make(ctx)));
		return found;
	};
	return Object.assign(state, { forget: (ctx: C) => void states.delete(ctx.data) });
}

/**
 * What the plugins learn of a document (a section, the overview) and hand
 * to its page, through Astro's `remarkPluginFrontmatter`: declared once,
 * for the plugins that write each fact and for data/briefing.ts, which
 * reads them all.
 */
export interface DocumentFacts {
	/** Ids of the sources its notes cite, in order of first citation (remark-citations.ts). */
	citedSources: string[];
	/** For each source cited, the label of the first note that cites it (`[^label]`), where the register links to (remark-citations.ts). */
	citedInNotes: Record<string, string>;
	/** Names of the components its MDX uses (remark-closed-mdx.ts). */
	components: string[];
	/** Dates of its <AfterNote>s (remark-closed-mdx.ts). */
	afterNotes: string[];
	/** The quotations it sets apart (<Quote>), by id, each with its line (remark-closed-mdx.ts). */
	quoted: [string, number][];
	/** Which of its headings, counted in order, are a note's own (remark-heading-levels.ts). */
	noteHeadings: number[];
	/** Words of prose (remark-prose-words.ts). */
	words: number;
}

/** Every fact's name, listed once more so that it can be checked for: a fact declared above and left out here does not compile. */
const FACT_NAMES: Record<keyof DocumentFacts, true> = { citedSources: true, citedInNotes: true, components: true, afterNotes: true, quoted: true, noteHeadings: true, words: true };

/** Where a plugin writes its facts of the document: its frontmatter, where Astro reads it. */
export function factsOf(ctx: { readonly data: Record<string, unknown> }): Partial<DocumentFacts> {
	return (((ctx.data.astro ??= {}) as { frontmatter?: Partial<DocumentFacts> }).frontmatter ??= {});
}

/**
 * The facts a document's compile left (`remarkPluginFrontmatter`), every one
 * of them, or an error naming those missing: read with a default, a plugin
 * left out of src/markdown/plugins.ts had left its pages without a word,
 * with no “Cited in” links, a reading time of 0, its quotations' sources
 * unchecked.
 */
export function documentFacts(frontmatter: Record<string, unknown>, file: string): DocumentFacts {
	const missing = Object.keys(FACT_NAMES).filter((name) => !(name in frontmatter));
	if (missing.length > 0) {
		throw new AstroError(
			`${file}: its compile left no ${missing.join(', ')} for its page.`,
			'Each is written by one of the plugins in src/markdown/, named beside it in src/markdown/document-state.ts; check that src/markdown/plugins.ts still runs that plugin.',
		);
	}
	return frontmatter as unknown as DocumentFacts;
}
