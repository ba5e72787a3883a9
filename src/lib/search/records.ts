import type { Element, ElementContent, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select } from 'hast-util-select';
import type { Chunk, PageRecord } from './types.ts';

/** Elements whose text is never indexed, as in Pagefind. */
const NOT_TEXT = new Set(['script', 'style', 'noscript', 'template', 'svg', 'form', 'select', 'input', 'textarea', 'button', 'iframe', 'object', 'embed']);
const BLOCK = /^(address|article|aside|blockquote|dd|details|div|dl|dt|fieldset|figcaption|figure|footer|h[1-6]|header|hr|li|main|nav|ol|p|pre|section|summary|table|tbody|td|tfoot|th|thead|tr|ul|br)$/;

/**
 * The searchable record of a built page: the text inside `data-pagefind-body`
 * less anything marked `data-pagefind-ignore`, split at headings that have an
 * id (Pagefind's rule for sub-results). Null for pages that are not indexed.
 */
export function extractRecord(html: string, url: string): PageRecord | null {
	const tree: Root = fromHtml(html);
	const body = select('[data-pagefind-body]', tree);
	if (!body) return null;
	const filter = String(body.properties.dataPagefindFilter ?? '');
	const section = /^section:(.*)$/.exec(filter)?.[1] ?? '';
	const summaryElement = select('[data-pagefind-meta="summary"]', body);
	const h1 = select('h1', body);

	const chunks: Chunk[] = [{ anchor: '', title: '', text: '' }];
	const walk = (node: ElementContent) => {
		if (node.type === 'text') {
			chunks[chunks.length - 1].text += node.value;
			return;
		}
		if (node.type !== 'element' || NOT_TEXT.has(node.tagName) || node.properties.dataPagefindIgnore !== undefined) return;
		const block = BLOCK.test(node.tagName);
		if (/^h[1-6]$/.test(node.tagName) && typeof node.properties.id === 'string') {
			chunks.push({ anchor: node.properties.id, title: textOf(node), text: '' });
		}
		if (block) chunks[chunks.length - 1].text += ' ';
		node.children.forEach(walk);
		if (block) chunks[chunks.length - 1].text += ' ';
	};
	body.children.forEach(walk);

	return {
		url,
		title: h1 ? textOf(h1) : url,
		section,
		summary: summaryElement ? textOf(summaryElement) : '',
		chunks: chunks
			.map((c) => ({ ...c, text: squash(c.text) }))
			.filter((c, i) => i > 0 || c.text !== ''),
	};
}

/** Visible, indexed text of an element. */
function textOf(element: Element): string {
	let text = '';
	const walk = (node: ElementContent) => {
		if (node.type === 'text') text += node.value;
		else if (node.type === 'element' && node.properties.dataPagefindIgnore === undefined && !NOT_TEXT.has(node.tagName)) node.children.forEach(walk);
	};
	element.children.forEach(walk);
	return squash(text);
}

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();
