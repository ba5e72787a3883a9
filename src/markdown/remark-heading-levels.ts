import type { Heading } from 'mdast';
import type { MdxJsxFlowElement } from 'mdast-util-mdx-jsx';
import type { MdastPluginDefinition, MdastVisitorContext } from 'satteri';
import { factsOf, perDocument } from './document-state.ts';
import { report } from './problems.ts';

/** The whole briefing sets a section's headings a level lower, and HTML has six: a section's deepest is #####. */
const DEEPEST = 5;
/** The component whose own title is a level-2 heading (AfterNote.astro): what it holds starts a level below. */
const TITLED = 'AfterNote';

const marks = (depth: number) => '#'.repeat(depth);

/**
 * A section's headings make one outline under its title: they start at ##
 * (the title, from the frontmatter, is the page's one #), go down one
 * level at a time, and no deeper than #####; inside a note after the
 * briefing, whose title is a ##, they start at ###. A skipped level reads
 * to a screen reader as a part missing, and the page's contents and the
 * EPUB's are built from the levels; a second # gave a page two titles.
 * Every heading counts, a quotation's too: a screen reader lists them all.
 * Headings are written with #: text with a line of --- or === under it is
 * a heading too in Markdown, which a writer meaning a rule did not expect.
 */
export function remarkHeadingLevels(): MdastPluginDefinition {
	const state = perDocument(() => ({ depth: 1, noteEnds: -1, count: 0, inNotes: [] as number[] }));
	return {
		name: 'briefing-heading-levels',
		options: { position: true },
		// Sätteri hands over a component before what it holds.
		mdxJsxFlowElement(node: Readonly<MdxJsxFlowElement>, ctx: MdastVisitorContext) {
			if (node.name !== TITLED) return;
			const document = state(ctx);
			document.depth = 2;
			document.noteEnds = node.position?.end.offset ?? Infinity;
		},
		heading(node: Readonly<Heading>, ctx: MdastVisitorContext) {
			const document = state(ctx);
			const inNote = (node.position?.start.offset ?? -1) < document.noteEnds;
			if (inNote) document.inNotes.push(document.count);
			document.count++;
			const shallowest = inNote ? 3 : 2;
			if (isUnderlined(node, ctx)) {
				// Its level was never chosen: the outline's other messages would blame a # or a ## the writer did not type.
				report(ctx, node, 'a line of “---” or “===” right under a line of text makes that text a heading: write a heading as “## …”; for a rule between paragraphs, leave a blank line above “---”');
			} else if (node.depth < shallowest) {
				report(ctx, node, inNote
					? `a ${marks(node.depth)} heading inside <${TITLED}>: its title is its ##, so its headings start at ###`
					: 'a # heading: the section’s title comes from its frontmatter; its headings start at ##');
			} else if (node.depth > DEEPEST) report(ctx, node, `a ${marks(node.depth)} heading: headings go down to ${marks(DEEPEST)} at most (the whole briefing sets each a level lower)`);
			else if (node.depth > document.depth + 1) {
				report(ctx, node, `a ${marks(node.depth)} heading after ${document.depth === 1 ? 'the title' : `a ${marks(document.depth)} heading`}: go down one level at a time (${marks(document.depth + 1)})`);
			}
			document.depth = Math.max(shallowest, node.depth);
		},
		after(_, ctx) {
			// Which of the page's headings, counted in order, are a note's: its contents list the note, after the rest,
			// and a note's ### had stood above it, under the section's last part.
			factsOf(ctx).noteHeadings = state(ctx).inNotes;
			state.forget(ctx);
		},
	};
}

/**
 * A heading written as text underlined by `---` or `===` (setext), which a writer meaning a rule or nothing at all
 * gets: known by its last line, since its text may begin with a # too (“#NATO75”).
 */
function isUnderlined(node: Readonly<Heading>, ctx: MdastVisitorContext): boolean {
	const { start, end } = node.position ?? {};
	if (start?.offset === undefined || end?.offset === undefined) return false;
	const lines = ctx.source.slice(start.offset, end.offset).trimEnd().split('\n');
	return lines.length > 1 && /^[ \t]*(?:=+|-+)[ \t]*$/.test(lines.at(-1)!);
}
