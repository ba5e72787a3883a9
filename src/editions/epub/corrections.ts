import type { Element, ElementContent } from 'hast';
import { h } from 'hastscript';
import { classesOf, elementsWhere, lineOf } from './elements.ts';

/** Where a chapter's corrections are, after its text. */
const CHAPTER_CORRECTIONS_ID = 'chapter-corrections';

/**
 * A page's corrections as the book gives them: after the chapter's text, as
 * paper prints them (publication.css), with their one line left at the top
 * to say how many there are and where. Unfolded at the top, since not every
 * reading system opens a details element, the overview's had put eleven
 * corrections, 3,900 characters, before its key points (a reader's trial).
 * An update with news of what the text speaks of stays where it is. Changes
 * `article` in place; a page without folded corrections is left as it is.
 */
export function correctionsAfterText(article: Element, page: string): void {
	const [folded] = elementsWhere(article, (el) => el.tagName === 'details' && classesOf(el).includes('update-notices__folded'));
	if (!folded) return;
	const summary = folded.children.find((child): child is Element => child.type === 'element' && child.tagName === 'summary');
	if (!summary) throw new Error(`${page}: its folded corrections have no summary to say what they are`);
	const [parent] = elementsWhere(article, (el) => el.children.includes(folded));
	const line = h('p', { className: ['update-notice'] }, [...summary.children, ', ', h('a', { href: `#${CHAPTER_CORRECTIONS_ID}` }, 'listed at the end of this chapter'), '.']);
	parent.children[parent.children.indexOf(folded)] = line;
	const listed: ElementContent[] = folded.children.filter((child) => child !== summary);
	// A heading without an id: the book's contents list a chapter's headings that have one, and these are not its parts.
	article.children.push(h('section', { className: ['update-notices', 'update-notices--after'], id: CHAPTER_CORRECTIONS_ID }, [h('h2', lineOf(summary)), ...listed]));
}
