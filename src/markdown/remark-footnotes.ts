import type { FootnoteDefinition, Parents, Root } from 'mdast';
import type { VFile } from 'vfile';
import { toString } from 'mdast-util-to-string';
import { SKIP, visit } from 'unist-util-visit';
import { findDanglingFootnotes } from './citation-syntax.ts';
import { report } from './problems.ts';

/**
 * Footnotes that hold together: every call has a definition and every
 * definition a call, a label is defined once (else the page would show one
 * note and the checks read another), no note sits in a heading (its number
 * would enter the heading's id and the contents), and two notes that say
 * the same become one note cited twice.
 */
export function remarkFootnotes() {
	return (tree: Root, file: VFile) => {
		const definitions = new Map<string, FootnoteDefinition>();
		const called = new Set<string>();
		visit(tree, (node) => {
			if (node.type === 'footnoteDefinition') {
				const first = definitions.get(node.identifier);
				if (first) report(file, node, `footnote [^${node.label}] is defined twice (first on line ${first.position?.start.line}); give each note its own label`);
				else definitions.set(node.identifier, node);
			}
			if (node.type === 'footnoteReference') called.add(node.identifier);
			if (node.type === 'heading') {
				visit(node, 'footnoteReference', (ref) => {
					report(file, ref, `footnote [^${ref.label}] in a heading: put it on the first sentence under the heading`);
				});
			}
		});
		visit(tree, 'text', (node) => {
			for (const label of findDanglingFootnotes(node.value)) {
				report(file, node, `footnote [^${label}] has no definition; add a line "[^${label}]: [@source-id] …"`);
			}
		});
		for (const [label, definition] of definitions) {
			if (!called.has(label)) report(file, definition, `footnote [^${definition.label}] is defined but never referenced in the text`);
		}
		mergeIdenticalNotes(tree, definitions);
	};
}

/** Notes with the same text become the first of them, cited from each place. */
function mergeIdenticalNotes(tree: Root, definitions: Map<string, FootnoteDefinition>) {
	const byText = new Map<string, string>();
	const sameAs = new Map<string, string>();
	for (const [label, definition] of definitions) {
		const text = toString(definition).replace(/\s+/g, ' ').trim();
		const first = byText.get(text);
		if (first) sameAs.set(label, first);
		else byText.set(text, label);
	}
	if (sameAs.size === 0) return;
	visit(tree, (node, index, parent) => {
		if (node.type === 'footnoteReference' && sameAs.has(node.identifier)) {
			const label = sameAs.get(node.identifier)!;
			node.identifier = label;
			node.label = definitions.get(label)!.label;
		}
		if (node.type === 'footnoteDefinition' && sameAs.has(node.identifier) && parent && index !== undefined) {
			(parent as Parents).children.splice(index, 1);
			return [SKIP, index];
		}
	});
}
