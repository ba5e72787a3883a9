import type { FootnoteDefinition, FootnoteReference, Nodes, Paragraph, TableCell } from 'mdast';
import type { MdastPluginDefinition, MdastVisitorContext } from 'satteri';
import { findDanglingFootnotes } from './citation-syntax.ts';
import { perDocument } from './document-state.ts';
import { report } from './problems.ts';
import { TO_STRING } from './text-content.ts';

/**
 * Where a line of a note's definition starts unindented, after its first: Markdown reads a line written straight
 * under a note as more of it, so a sentence meant for the text vanished into the note above it (an author's trial).
 */
function lazyLine(node: Readonly<FootnoteDefinition>, source: string | undefined): number | undefined {
	const { start, end } = node.position ?? {};
	if (source === undefined || start?.offset === undefined || end?.offset === undefined) return undefined;
	const at = /\n(?=[^\s])/.exec(source.slice(start.offset, end.offset));
	return at ? start.offset + at.index + 1 : undefined;
}

/**
 * Footnotes that hold together: every call has a definition and every
 * definition a call, a label is defined once (else the page would show one
 * note and the checks read another), no note sits in a heading (its number
 * would enter the heading's id and the contents), no number stands before
 * the punctuation its words end with, no line of the text is read into a
 * note above it, and two notes that say the same become one note cited
 * twice.
 *
 * Two passes: the first checks and finds notes that say the same, the
 * second, which changes nothing where there are none, merges them.
 */
export function remarkFootnotes(): MdastPluginDefinition[] {
	const state = perDocument(() => ({
		/** Each note's first definition, by identifier: its label, line and text. */
		definitions: new Map<string, { label: string; line?: number; text: string; node: Readonly<FootnoteDefinition> }>(),
		called: new Set<string>(),
		/** Problems in the order the checks had them: definitions and headings, then text, then unused notes. */
		inPlace: [] as [Readonly<Nodes>, string][],
		dangling: [] as [Readonly<Nodes>, string][],
		/** Notes that say what an earlier note says, by label: the earlier note's label. */
		sameAs: new Map<string, string>(),
	}));
	/**
	 * A number set between words and the punctuation that ends them (“(28 October)[^1];”): on a phone the “;” stood
	 * apart from its words, and the search's record of where words stand no longer matched the index's.
	 */
	const beforePunctuation = (node: Readonly<Paragraph | TableCell>, ctx: MdastVisitorContext) => {
		node.children.forEach((child, i) => {
			const next = node.children[i + 1];
			const mark = next?.type === 'text' ? /^[.,;:!?]/.exec(next.value)?.[0] : undefined;
			if (child.type === 'footnoteReference' && mark) state(ctx).inPlace.push([child, `footnote [^${child.label}] stands before the “${mark}” that ends its words: put the number after it (“…${mark}[^${child.label}]”), as every other note is`]);
		});
	};
	const refsIn = (node: Readonly<Nodes>): Readonly<FootnoteReference>[] =>
		node.type === 'footnoteReference' ? [node] : 'children' in node ? (node.children as Readonly<Nodes>[]).flatMap(refsIn) : [];
	const checking: MdastPluginDefinition = {
		name: 'briefing-footnotes',
		options: { position: true },
		footnoteDefinition(node, ctx) {
			const document = state(ctx);
			const first = document.definitions.get(node.identifier);
			if (first) document.inPlace.push([node, `footnote [^${node.label}] is defined twice (first on line ${first.line}); give each note its own label`]);
			else document.definitions.set(node.identifier, { label: node.label ?? node.identifier, line: node.position?.start.line, text: ctx.textContent(node, TO_STRING).replace(/\s+/g, ' ').trim(), node });
			const lazy = lazyLine(node, ctx.source);
			if (lazy !== undefined) report(ctx, node, `this line runs on from note [^${node.label}], and Markdown makes it part of the note: if it belongs to the text, leave a blank line before it; if to the note, indent it by four spaces`, lazy);
		},
		footnoteReference(node, ctx) {
			state(ctx).called.add(node.identifier);
		},
		heading(node, ctx) {
			for (const ref of refsIn(node)) state(ctx).inPlace.push([ref, `footnote [^${ref.label}] in a heading: put it on the first sentence under the heading`]);
		},
		paragraph: beforePunctuation,
		tableCell: beforePunctuation,
		text(node, ctx) {
			if (!node.value.includes('[^')) return;
			for (const label of findDanglingFootnotes(node.value)) {
				state(ctx).dangling.push([node, `footnote [^${label}] has no definition; add a line "[^${label}]: [@source-id] …"`]);
			}
		},
		after(_, ctx) {
			const document = state(ctx);
			for (const [node, message] of [...document.inPlace, ...document.dangling]) report(ctx, node, message);
			for (const [identifier, definition] of document.definitions) {
				if (!document.called.has(identifier)) report(ctx, definition.node, `footnote [^${definition.label}] is defined but never referenced in the text`);
			}
			// Notes with the same text become the first of them, cited from each place.
			const byText = new Map<string, string>();
			for (const [identifier, definition] of document.definitions) {
				const first = byText.get(definition.text);
				if (first) document.sameAs.set(identifier, first);
				else byText.set(definition.text, identifier);
			}
		},
	};
	const merging: MdastPluginDefinition = {
		name: 'briefing-footnotes-merge',
		footnoteReference(node, ctx) {
			const { sameAs, definitions } = state(ctx);
			const label = sameAs.get(node.identifier);
			if (!label) return;
			ctx.setProperty(node, 'identifier', label);
			ctx.setProperty(node, 'label', definitions.get(label)!.label);
		},
		footnoteDefinition(node, ctx) {
			if (state(ctx).sameAs.has(node.identifier)) ctx.removeNode(node);
		},
		after(_, ctx) {
			state.forget(ctx);
		},
	};
	return [checking, merging];
}
