import type { MdastPluginDefinition, MdastVisitorContext } from 'satteri';
import type { Parents, Text } from 'mdast';
import type { Position } from 'unist';
import { markdownLeftAsTyped } from '../text/markdown-marks.ts';
import { typewriterMarks } from '../text/typography.ts';
import { report } from './problems.ts';

/**
 * Prose is written with its final typography: curly quotes and apostrophes,
 * real dashes and ellipses. A straight mark in a section's text is refused
 * with its line and column (in its frontmatter, by the schema). The
 * alternative, rewriting every text node through retext
 * (remark-smartypants, on by default in Astro's unified processor),
 * cost a tenth of a 200-section build, and it guesses: a quotation checked
 * word for word against its source should reach the page as written.
 * Code (inline or block) keeps its marks, and so does an address written
 * as its own link (`https://example.org/a--b`).
 *
 * In the same pass over the text, Markdown the parser left as typed (an
 * unclosed `*`, a link whose words hold a note mark) is refused too
 * (src/text/markdown-marks.ts): it would reach the page as written.
 */
export function remarkTypography(): MdastPluginDefinition {
	return {
		name: 'briefing-typography',
		options: { position: true },
		text(node, ctx) {
			// Most text holds none of the marks either check looks for: it is passed by without reading the file.
			if (!MAY_HOLD_A_MARK.test(node.value)) return;
			// A typewriter mark is looked for in the value (an entity, `&quot;`, is one), and placed by the written text,
			// which a list's indent, a quotation's “>” or an entity makes differ from the value.
			const { at: placedAt, written } = writtenText(node, ctx);
			const placed = written === undefined ? [] : typewriterMarks(written);
			const marks = [
				...typewriterMarks(node.value).map(({ message }) => ({ message, at: placed.find((w) => w.message === message)?.index })),
				...(written === undefined ? [] : markdownLeftAsTyped(written).map(({ message, index }) => ({ message, at: index as number | undefined }))),
			];
			if (marks.length === 0 || isOwnAddress(node, ctx.parent(node))) return;
			for (const { message, at } of marks) report(ctx, placedAt?.node ?? node, message, at !== undefined && placedAt ? placedAt.offset + at : undefined);
		},
	};
}

/** Every character that begins a typewriter mark or Markdown left as typed, or a range's hyphen. */
const MAY_HOLD_A_MARK = /["'*[\]]|--|\.\.\.|\d-\d/;

type Placed = { node: { readonly position?: Position }; offset: number };

/**
 * Where a text is written in the file, and as what: by its own place, or, for a text a plugin made (a note's words
 * after its citation, which remark-citations.ts splits off), found in the text of the nearest node that has one: a
 * straight quote there had been reported with no line.
 */
function writtenText(node: Readonly<Text>, ctx: MdastVisitorContext): { at?: Placed; written?: string } {
	const { start, end } = node.position ?? {};
	if (start?.offset !== undefined && end?.offset !== undefined) return { at: { node, offset: start.offset }, written: ctx.source.slice(start.offset, end.offset) };
	for (let parent: Readonly<Parents> | undefined = ctx.parent(node); parent; parent = parent.type === 'root' ? undefined : ctx.parent(parent)) {
		const { start: from, end: to } = parent.position ?? {};
		if (from?.offset === undefined || to?.offset === undefined) continue;
		const index = ctx.source.slice(from.offset, to.offset).indexOf(node.value);
		return index < 0 ? {} : { at: { node: parent, offset: from.offset + index }, written: node.value };
	}
	return {};
}

/** A link's address written as its own words (a bare URL, which GFM links): an address, not prose. */
const isOwnAddress = (node: Readonly<Text>, parent: Readonly<Parents> | undefined) =>
	parent?.type === 'link' && parent.children.length === 1 && [parent.url, parent.url.replace(/^(?:mailto:|https?:\/\/)/, '')].includes(node.value);
