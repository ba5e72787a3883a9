import type { Element, ElementContent } from 'hast';
import { select, selectAll } from 'hast-util-select';
import { elementsWhere } from './elements.ts';

const text = (value: string): ElementContent => ({ type: 'text', value });

/**
 * Turns the GFM footnotes of a page (`sup > a[data-footnote-ref]` in the text,
 * `section[data-footnotes] > ol > li` at the end) into EPUB footnotes:
 * `a epub:type="noteref"` and `aside epub:type="footnote"`, which reading
 * systems open as pop-ups. Each note starts with its number, linking back to
 * its first reference; the web's ↩ links to the others stay. Returns the
 * number of notes.
 */
export function toEpubFootnotes(article: Element, where: string): number {
	const [section] = elementsWhere(article, (el) => el.tagName === 'section' && el.properties.dataFootnotes !== undefined);
	const refs = elementsWhere(article, (el) => el.tagName === 'a' && el.properties.dataFootnoteRef !== undefined);
	if (!section) {
		if (refs.length) throw new Error(`${where}: footnote references without a notes section`);
		return 0;
	}
	const list = select('ol', section);
	const items = list ? selectAll(':scope > li', list) : [];
	// A number may link to its place's marker at the start of its note (rehype-footnotes.ts); a pop-up note is the aside itself.
	const noteOf = new Map<string, string>();
	for (const li of items) {
		noteOf.set(String(li.properties.id), String(li.properties.id));
		for (const place of selectAll('p > i[id]', li)) noteOf.set(String(place.properties.id), String(li.properties.id));
	}
	const firstRef = new Map<string, string>();
	for (const ref of refs) {
		const target = noteOf.get(String(ref.properties.href ?? '').slice(1)) ?? String(ref.properties.href ?? '').slice(1);
		if (!firstRef.has(target)) firstRef.set(target, String(ref.properties.id));
		ref.properties = { href: `#${target}`, id: ref.properties.id, 'epub:type': 'noteref', role: 'doc-noteref' };
	}
	separateNeighbours(article);
	const asides: Element[] = items.map((li, index) => {
		const id = String(li.properties.id);
		const back = firstRef.get(id);
		if (!back) throw new Error(`${where}: note "${id}" is never referenced`);
		// The number leads back to the first place the note is cited; each further place keeps its own way back (↩²,
		// ↩³…), as on the web: a reader who followed the eighth citation had been taken back to the first.
		const [toFirst, ...further] = selectAll('a[data-footnote-backref]', li);
		if (toFirst) remove(li, toFirst);
		for (const backref of further) backref.properties = { href: backref.properties.href, role: 'doc-backlink', ariaLabel: backref.properties.ariaLabel };
		for (const place of selectAll('p > i[id]', li)) remove(li, place);
		const blocks = li.children.filter((c) => c.type === 'element') as Element[];
		const number: Element = { type: 'element', tagName: 'a', properties: { href: `#${back}`, role: 'doc-backlink' }, children: [text(String(index + 1))] };
		const first = blocks[0]?.tagName === 'p' ? blocks[0] : undefined;
		if (first) first.children.unshift(number, text('. '));
		else blocks.unshift({ type: 'element', tagName: 'p', properties: {}, children: [number] });
		return { type: 'element', tagName: 'aside', properties: { id, 'epub:type': 'footnote', role: 'doc-footnote' }, children: blocks };
	});
	if (asides.length !== firstRef.size) throw new Error(`${where}: ${firstRef.size} notes referenced, ${asides.length} written`);
	const heading = select('h2', section);
	section.properties = { className: ['footnotes'], ...(heading?.properties.id ? { ariaLabelledBy: [String(heading.properties.id)] } : {}) };
	section.children = [...(heading ? [heading] : []), ...asides];
	return asides.length;
}

/**
 * A comma after a note's number where another follows it at once: the web
 * sets each in brackets with CSS, which a book has not, and “<sup>1</sup>
 * <sup>5</sup><sup>7</sup>” read as note 157.
 */
function separateNeighbours(root: Element): void {
	const isNoteNumber = (node: ElementContent | undefined): node is Element =>
		node?.type === 'element' && node.tagName === 'sup' && node.children.some((c) => c.type === 'element' && c.properties['epub:type'] === 'noteref');
	const walk = (parent: Element) => {
		parent.children.forEach((child, at) => {
			if (isNoteNumber(child) && isNoteNumber(parent.children[at + 1])) child.children.push(text(','));
			else if (child.type === 'element') walk(child);
		});
	};
	walk(root);
}

/** Removes `node` from wherever it is under `root`, with the space before it. */
function remove(root: Element, node: Element): void {
	const walk = (parent: Element): boolean => {
		const at = parent.children.indexOf(node);
		if (at >= 0) {
			const before = parent.children[at - 1];
			if (before?.type === 'text') before.value = before.value.replace(/\s+$/, '');
			parent.children.splice(at, 1);
			return true;
		}
		return parent.children.some((c) => c.type === 'element' && walk(c));
	};
	walk(root);
}
