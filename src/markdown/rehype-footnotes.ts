import type { Element } from 'hast';
import { toString } from 'hast-util-to-string';
import type { HastPluginDefinition, HastVisitorContext } from 'satteri';
import { perDocument } from './document-state.ts';
import { NOTES_HEADING_ID } from '../site/urls.ts';

const isNumber = (node: Readonly<Element>) => node.properties.dataFootnoteRef !== undefined;
/** A note's number in the text: the link a `sup` holds. */
export const numberIn = (sup: Readonly<Element>) => sup.children.find((c): c is Element => c.type === 'element' && c.tagName === 'a' && isNumber(c));

/** A note's id on its page, as GFM writes it from the note's label (`[^art5]` → `fn-art5`); the link check holds the two equal. */
export const noteId = (label: string) => `fn-${label.toLowerCase()}`;

/** The marker of one citation's place at the start of its note: `fnref-x-2` (the number in the text) → `fnp-x-2`. */
const placeId = (refId: string) => refId.replace(/^fnref-/, 'fnp-');
/** The marker's tag: the shortest element that says nothing. */
const PLACE_MARKER = 'i';

/**
 * Notes as the page shows them. A note cited from several places keeps a
 * way back to each (↩, ↩², as GFM writes them), each saying which place it
 * returns to. And a reader who follows a number to such a note lands with
 * the way back to *their* place marked, without a script: each of its
 * numbers links to a marker of its own at the start of the note (`<i
 * id="fnp-…">`), so the browser, a screen reader or a keyboard starts at
 * the note's first word, and CSS marks the ↩ in the same position
 * (prose.css). The markup is lean, as it is on every page: a note cited
 * once keeps its plain link, and GFM's class on each ↩ and description on
 * each number (the “Notes” heading) go. The notes and their numbers in the
 * text stay out of the search index, so excerpts are the briefing's own
 * prose and never “↩ 2”. Previews of the notes are loaded by the page's
 * article (see handlers.ts), not by every number.
 *
 * Two passes: the first finds each note's places, which the second needs
 * at a note's first number and at its ways back. Each number is found by
 * the `sup` around it, each way back by itself: asking Sätteri for each
 * link's parent, or reading every note's text for them, cost more than the
 * rest of this.
 */
export function rehypeFootnotes(): HastPluginDefinition[] {
	/** The ids of the numbers that cite each note, in the order they stand, by the note's id; each number's note; and each note's number as the text shows it. */
	const found = perDocument(() => ({ places: new Map<string, string[]>(), noteOf: new Map<string, string>(), shown: new Map<string, string>() }));
	const placesOf = (ctx: HastVisitorContext, note: string) => found(ctx).places.get(note) ?? [];
	const finding: HastPluginDefinition = {
		name: 'briefing-footnotes-places',
		element: {
			filter: ['sup'],
			visit(node, ctx) {
				const number = numberIn(node);
				if (!number) return;
				const note = String(number.properties.href).slice(1);
				const place = String(number.properties.id);
				found(ctx).places.set(note, [...placesOf(ctx, note), place]);
				found(ctx).noteOf.set(place, note);
				if (!found(ctx).shown.has(note)) found(ctx).shown.set(note, toString(number).replace(/\D/g, ''));
			},
		},
	};
	const shaping: HastPluginDefinition = {
		name: 'briefing-footnotes',
		after: (_, ctx) => found.forget(ctx),
		element: {
			filter: ['section', 'h2', 'sup', 'a', 'li'],
			visit(node, ctx) {
				// The markers are bare attributes (Sätteri's `true` would be written out as ="true").
				if (node.tagName === 'section' && node.properties.dataFootnotes !== undefined) {
					ctx.setProperty(node, 'dataFootnotes', '');
					ctx.setProperty(node, 'dataPagefindIgnore', 'all');
					return;
				}
				// “Notes” is a visible heading, not one for screen readers only.
				if (node.tagName === 'h2' && node.properties.id === NOTES_HEADING_ID) return ctx.setProperty(node, 'className', null);
				// The numbers are kept out of the index by Pagefind's own setting (search-index.ts), not an attribute on each.
				const number = node.tagName === 'sup' ? numberIn(node) : undefined;
				if (number) {
					ctx.setProperty(number, 'dataFootnoteRef', '');
					ctx.setProperty(number, 'ariaDescribedBy', null);
					if (placesOf(ctx, String(number.properties.href).slice(1)).length > 1) ctx.setProperty(number, 'href', `#${placeId(String(number.properties.id))}`);
					return;
				}
				// A way back, to one of its note's places.
				if (node.tagName === 'a' && node.properties.dataFootnoteBackref !== undefined) {
					const place = String(node.properties.href).slice(1);
					const note = found(ctx).noteOf.get(place) ?? '';
					const all = placesOf(ctx, note);
					// Which note, so that a list of the page's links tells its ways back apart (all had said “Back to the text”).
					const back = `Back to note ${found(ctx).shown.get(note)} in the text`;
					ctx.setProperty(node, 'ariaLabel', all.length < 2 ? back : `${back}, place ${all.indexOf(place) + 1} of ${all.length}`);
					ctx.setProperty(node, 'className', null);
					return;
				}
				if (node.tagName !== 'li' || !String(node.properties.id ?? '').startsWith('fn-')) return;
				const all = placesOf(ctx, String(node.properties.id));
				const first = node.children.find((c): c is Element => c.type === 'element' && c.tagName === 'p');
				if (all.length < 2 || !first) return;
				ctx.insertChildAt(first, 0, all.map((place): Element => ({ type: 'element', tagName: PLACE_MARKER, properties: { id: placeId(place) }, children: [] })));
			},
		},
	};
	return [finding, shaping];
}
