import { escapeHtml, type ResultView } from './results.ts';
import { markedAsTyped } from './typed-marks.ts';

/** The elements the search draws, from ResultView (results.ts); ../search.ts puts them in place. */

/**
 * One result: its link, what kind of page it is, the heading it opens at, the excerpt, and its other headings.
 * Where the excerpt marks none of the words `searched`, they are marked in the heading, or else in the title, if
 * found there: a part found by its heading (“North Korean troops”) had shown its opening words with nothing marked,
 * and the reader could not see why it answered.
 */
export function resultItem(r: ResultView, searched?: string): HTMLLIElement {
	const li = Object.assign(document.createElement('li'), { className: 'search-result' });
	const unmarked = searched !== undefined && !r.text.includes('<mark>');
	const heading = unmarked && r.heading ? markedAsTyped(escapeHtml(r.heading), searched) : '';
	const title = unmarked && !heading.includes('<mark>') ? (r.markedTitle ?? markedAsTyped(escapeHtml(r.title), searched)) : '';
	const link = withMarks(Object.assign(document.createElement('a'), { href: r.url, className: 'search-result__link' }), title, r.title);
	const parts: HTMLElement[] = [];
	if (r.badge) parts.push(Object.assign(document.createElement('span'), { className: 'search-result__section', textContent: r.badge }));
	if (r.heading) parts.push(withMarks(Object.assign(document.createElement('span'), { className: 'search-result__heading' }), heading, r.heading));
	if (r.text) {
		const text = Object.assign(document.createElement('p'), { className: 'search-result__excerpt' });
		text.innerHTML = r.text; // escaped by Pagefind or by toResultView, with <mark> around matches
		parts.push(text);
	}
	li.append(link, ...parts);
	describedBy(link, parts);
	if (r.subResults.length > 0) {
		const subs = Object.assign(document.createElement('ul'), { className: 'search-result__subs' });
		subs.setAttribute('aria-label', 'Also in');
		for (const s of r.subResults) {
			const item = document.createElement('li');
			item.append(Object.assign(document.createElement('a'), { href: s.url, textContent: s.title }));
			subs.append(item);
		}
		li.append(subs);
	}
	return li;
}

let described = 0;

/**
 * A result's link described by what is drawn beside it: the part it opens at, its excerpt, a source's kind and date.
 * A reader moving through the results hears each link alone, and a section's result had been its page's title only,
 * the same for each of its parts, and two copies of one story the same headline (a keyboard reader's trial).
 */
function describedBy(link: HTMLAnchorElement, parts: HTMLElement[]) {
	for (const part of parts) part.id = `search-result-part-${++described}`;
	if (parts.length > 0) link.setAttribute('aria-describedby', parts.map((part) => part.id).join(' '));
}

/** `element` holding `marked` (escaped, with <mark> around the words) if it marks any, else `plain` as text. */
function withMarks<E extends HTMLElement>(element: E, marked: string, plain: string): E {
	if (marked.includes('<mark>')) element.innerHTML = marked;
	else element.textContent = plain;
	return element;
}

/** Matches in the source register, apart from the text: a heading and a list of titles with their kind and date. */
export function sourceGroup(sources: ResultView[]): [HTMLElement, HTMLUListElement] {
	const heading = Object.assign(document.createElement('p'), { className: 'search-results__group', textContent: 'In the source register' });
	const list = document.createElement('ul');
	list.setAttribute('aria-label', 'Matching sources');
	for (const s of sources) {
		const item = Object.assign(document.createElement('li'), { className: 'search-result search-result--source' });
		const link = Object.assign(document.createElement('a'), { href: s.url, textContent: s.title, className: 'search-result__link' });
		const meta = Object.assign(document.createElement('span'), { className: 'search-result__meta' });
		meta.innerHTML = ` ${s.text}`; // escaped by toResultView
		item.append(link, meta);
		describedBy(link, [meta]);
		list.append(item);
	}
	return [heading, list];
}

/**
 * Once what was just drawn is on screen: the next frame, and the task after
 * it. A hidden page paints no frames, so it waits at most a tenth of a second.
 */
export const painted = () => new Promise<void>((resolve) => {
	requestAnimationFrame(() => setTimeout(resolve));
	setTimeout(resolve, 100);
});
