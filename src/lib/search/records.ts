import type { Element, ElementContent, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { WEIGHT_UNIT, type PageRecord } from './types.ts';
import { WHITESPACE } from './tokenizer.ts';

/**
 * A built page as Pagefind 1.6 reads it (pagefind/src/fossick/parser.rs and
 * mod.rs), so that the offline index holds the very words, positions,
 * weights, headings and metadata that Pagefind indexes:
 * - only `data-pagefind-body` content; `data-pagefind-ignore` drops an
 *   element's text (`="all"` also its metadata and filters);
 * - head, style, script, noscript, label, form, svg, footer, nav, iframe and
 *   template are never text;
 * - inline elements join their text to the next (`n<i>o</i>t` is one word),
 *   while the blocks Pagefind knows end a sentence, and `<br>` and any element
 *   with an id part words; other blocks (th, dd, figcaption, blockquote…) do not;
 * - headings weigh more (h1 7×, h2 6×… h6 2×), `data-pagefind-weight` sets a weight;
 * - metadata (`data-pagefind-meta`, the first h1 as title, the first image after it) is searchable too.
 * Pagefind marks weights and anchors with words in the text, as here, and
 * reads them back out the same way.
 */

/** The blocks that end a sentence in Pagefind 1.6 (later versions add dl, dt and dd). */
const SENTENCE = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'p', 'td', 'div', 'ul', 'li', 'article', 'section']);
/** Children of these share their parent's anchor: their text is part of the heading's text. */
const INLINE = new Set(['a', 'abbr', 'acronym', 'b', 'bdo', 'big', 'br', 'button', 'cite', 'code', 'dfn', 'em', 'i', 'img', 'input', 'kbd', 'label', 'map', 'object', 'output', 'q', 'samp', 'script', 'select', 'small', 'span', 'strong', 'sub', 'sup', 'textarea', 'time', 'tt', 'var']);
const REMOVED = new Set(['head', 'style', 'script', 'noscript', 'label', 'form', 'svg', 'footer', 'nav', 'iframe', 'template']);
/** Elements without an end tag, which Pagefind closes as soon as they open. */
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr']);
const AUTO_WEIGHT: Record<string, string> = { h1: '7', h2: '6', h3: '5', h4: '4', h5: '3', h6: '2' };
/** A block's text that ends like this gets a full stop, so that excerpts read as sentences. */
const SENTENCE_END = /[\p{Alphabetic}\p{M}\p{Nd}\p{Pc}\p{Join_Control}'")$*]$/u;
const PRIVATE_MARKER = /___PAGEFIND_\S+(?:(?!\uFEFF)\s|\u0085)?/gu;

const ANCHOR = '___PAGEFIND_ANCHOR___';
const WEIGHT = '___PAGEFIND_WEIGHT___';
const AUTO = '___PAGEFIND_AUTO_WEIGHT___';
const END_WEIGHT = '___END_PAGEFIND_WEIGHT___';

type Status = 'indexing' | 'ignored' | 'excluded' | 'body' | 'parentOfBody';

interface ParseNode {
	value: string;
	/**
	 * The last character of the value as the HTML source has it: Pagefind
	 * reads text undecoded, so `AT&amp;T</p>` ends in `;` and gets no full stop.
	 */
	sourceEnd: string;
	status: Status;
	anchorIds?: string[];
}

/** Adds to a node's text what Pagefind would: `sourceEnd` is how the addition ends in the source. */
function append(node: ParseNode, text: string, sourceEnd = text.slice(-1)) {
	if (text === '') return;
	node.value += text;
	node.sourceEnd = sourceEnd;
}

interface Document {
	html: string;
	meta: Map<string, string>;
	defaultMeta: Map<string, string>;
	filters: Map<string, string[]>;
	anchorText: Map<string, string>;
	anchorTitles: Map<string, string>;
	anchorCount: number;
}

/** Pagefind's normalize_content (entities are already decoded by the HTML parser). */
function normaliseContent(text: string): string {
	return text
		.replace(/^(?:(?!\uFEFF)\s|\u0085)+|(?:(?!\uFEFF)\s|\u0085)+$/gu, '')
		.replace(/(?:\n|\r\n)+/g, ' ')
		.replace(/(?:(?!\uFEFF)\s|\u0085){2,}/gu, ' ');
}

const attribute = (el: Element, name: string): string | undefined => {
	const value = el.properties[name];
	if (value === undefined || value === null || value === false) return undefined;
	return Array.isArray(value) ? value.join(' ') : value === true ? '' : String(value);
};

/** `data-pagefind-meta="title, image[src], kind:report"` → [`title`, `image:…`, `kind:report`]. */
function parseAttributeList(input: string, el: Element): string[] {
	const colon = input.indexOf(':');
	if (colon >= 0) {
		const list = parseAttributeList(input.slice(0, colon), el);
		if (list.length > 0) list[list.length - 1] += input.slice(colon);
		return list;
	}
	return input.split(',').map((chunk) => {
		const trimmed = chunk.trim();
		const m = /^\s*([^:[\]]+)\[(.+)\]\s*$/.exec(trimmed);
		return m ? `${m[1]}:${attribute(el, propertyName(m[2])) ?? ''}` : trimmed;
	});
}

/** hast keeps attributes under camel-cased property names. */
function propertyName(attr: string): string {
	if (attr === 'class') return 'className';
	if (attr === 'for') return 'htmlFor';
	return attr.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());
}

function attributePair(item: string, node: ParseNode): [string, string] | undefined {
	const colon = item.indexOf(':');
	if (colon >= 0) return [item.slice(0, colon), normaliseContent(item.slice(colon + 1))];
	return node.value === '' ? undefined : [item, normaliseContent(node.value)];
}

function ownStatus(el: Element): Status {
	if (attribute(el, 'dataPagefindBody') !== undefined) return 'body';
	const ignore = attribute(el, 'dataPagefindIgnore');
	if (ignore === undefined) return 'indexing';
	return ['', 'index', 'true'].includes(ignore.toLowerCase()) ? 'ignored' : 'excluded';
}

/** Filters and metadata count even inside ignored elements, but not inside `data-pagefind-ignore="all"`. */
function collectData(el: Element, node: ParseNode, doc: Document) {
	const list = (name: string) => {
		const value = attribute(el, name);
		return value === undefined ? [] : parseAttributeList(value, el);
	};
	for (const item of list('dataPagefindFilter')) {
		const pair = attributePair(item, node);
		if (pair) doc.filters.set(pair[0], [...(doc.filters.get(pair[0]) ?? []), normaliseContent(pair[1])]);
	}
	for (const item of list('dataPagefindMeta')) {
		const pair = attributePair(item, node);
		if (pair) doc.meta.set(...pair);
	}
	for (const item of list('dataPagefindDefaultMeta')) {
		const pair = attributePair(item, node);
		if (pair) doc.defaultMeta.set(...pair);
	}
}

/**
 * An element with an id marks a place in its parent's text (and parts the
 * words around it), unless it is ignored or outside any body.
 */
function markAnchor(el: Element, status: Status, parent: ParseNode, doc: Document): string | undefined {
	const id = attribute(el, 'id')?.replace(/(?:(?!\uFEFF)\s|\u0085)/gu, '');
	if (id === undefined || status === 'excluded' || status === 'ignored' || (parent.status === 'parentOfBody' && status !== 'body')) return undefined;
	const anchorId = `${doc.anchorCount++}:${id}`;
	append(parent, ` ${ANCHOR}${el.tagName}:${anchorId} `);
	const title = normaliseContent(attribute(el, 'dataPagefindTitle') ?? '');
	if (title) doc.anchorTitles.set(anchorId, title);
	return anchorId;
}

/** Attributes that `data-pagefind-index-attrs` makes text, and the space a `<br>` makes. */
function addOpeningText(el: Element, parent: ParseNode) {
	const indexAttrs = attribute(el, 'dataPagefindIndexAttrs');
	for (const name of indexAttrs === undefined ? [] : indexAttrs.split(',')) {
		const value = attribute(el, propertyName(name.trim())) ?? '';
		append(parent, ` ${value}${SENTENCE_END.test(value) ? '.' : ''} `);
	}
	if (el.tagName === 'br') append(parent, ' ');
}

/** An image after the title is the page's image. */
function noteImage(el: Element, doc: Document) {
	const src = attribute(el, 'src');
	if (el.tagName !== 'img' || src === undefined || doc.meta.has('auto_image') || !(doc.meta.has('auto_title') || doc.meta.has('title'))) return;
	doc.meta.set('auto_image', src);
	const alt = attribute(el, 'alt');
	if (alt !== undefined) doc.meta.set('auto_image_alt', alt);
}

function visitElement(el: Element, parent: ParseNode, doc: Document) {
	const tag = el.tagName;
	let status = ownStatus(el);
	const anchorId = markAnchor(el, status, parent, doc);
	if (status !== 'excluded') addOpeningText(el, parent);
	if (parent.status === 'excluded') status = 'excluded';
	if (REMOVED.has(tag)) status = 'ignored';
	const inherited = parent.anchorIds && INLINE.has(tag) ? parent.anchorIds : [];
	const anchorIds = anchorId ? [...inherited, anchorId] : inherited;
	const node: ParseNode = { value: '', sourceEnd: '', status, anchorIds: anchorIds.length > 0 ? anchorIds : undefined };

	if (VOID.has(tag)) {
		if (status === 'excluded') return;
		collectData(el, node, doc);
		noteImage(el, doc);
		return;
	}
	for (const child of el.children) visitChild(child, node, doc);
	closeElement(el, node, parent, doc);
}

/** At the end tag: metadata, then the element's text, punctuated and weighted, goes to its parent. */
function closeElement(el: Element, node: ParseNode, parent: ParseNode, doc: Document) {
	const tag = el.tagName;
	// node.status, not the status it opened with: a body inside may have made it a parent of a body.
	if (node.status === 'excluded') return;
	collectData(el, node, doc);
	if (tag === 'h1' && !doc.meta.has('auto_title') && node.value.trim() !== '') doc.meta.set('auto_title', normaliseContent(node.value));
	if (tag === 'title' && !doc.meta.has('auto_page_title')) doc.meta.set('auto_page_title', normaliseContent(node.value));
	if (node.status === 'ignored') return;

	if (SENTENCE.has(tag)) wrap(node, ' ', `${SENTENCE_END.test(node.sourceEnd) ? '.' : ''} `);
	const weight = attribute(el, 'dataPagefindWeight');
	if (weight !== undefined) wrap(node, ` ${WEIGHT}${weight} `, ` ${END_WEIGHT} `);
	else if (AUTO_WEIGHT[tag]) wrap(node, ` ${AUTO}${AUTO_WEIGHT[tag]} `, ` ${END_WEIGHT} `);

	if (parent.status === 'parentOfBody' && node.status !== 'body' && node.status !== 'parentOfBody') return;
	if (node.status === 'indexing') append(parent, node.value, node.sourceEnd);
	else {
		// A body's text replaces whatever came before it outside any body.
		if (parent.status !== 'parentOfBody') Object.assign(parent, { value: '', sourceEnd: '' });
		append(parent, node.value, node.sourceEnd);
		parent.status = 'parentOfBody';
	}
}

function wrap(node: ParseNode, before: string, after: string) {
	node.value = `${before}${node.value}${after}`;
	node.sourceEnd = after.slice(-1);
}

function visitChild(child: ElementContent, node: ParseNode, doc: Document) {
	if (child.type === 'element') visitElement(child, node, doc);
	else if (child.type === 'text') {
		const end = child.position?.end.offset;
		append(node, child.value, end === undefined ? child.value.slice(-1) : doc.html[end - 1]);
		if (node.status !== 'ignored' && node.status !== 'excluded') {
			for (const id of node.anchorIds ?? []) doc.anchorText.set(id, (doc.anchorText.get(id) ?? '') + child.value);
		}
	}
}

/** Pagefind's final metadata: defaults, then the page's own; the first h1 is the title, the first image after it the image. */
function finalMeta(doc: Document): Record<string, string> {
	const meta = new Map(doc.meta);
	const take = (key: string) => {
		const value = meta.get(key);
		meta.delete(key);
		return value;
	};
	const image = take('auto_image');
	const alt = take('auto_image_alt') ?? '';
	if (image !== undefined && !meta.has('image')) meta.set('image', image).set('image_alt', alt);
	for (const key of ['auto_title', 'auto_page_title']) {
		const title = take(key);
		if (title !== undefined && !meta.has('title')) meta.set('title', title);
	}
	const merged = new Map([...doc.defaultMeta, ...meta]);
	return Object.fromEntries([...merged].map(([k, v]) => [k, v.replace(PRIVATE_MARKER, '')]));
}

interface Digest {
	words: string[];
	weights: number[];
	anchors: PageRecord['anchors'];
}

/** Reads the text back into words, their weights and the anchors between them (Pagefind's parse_digest). */
function readDigest(digest: string, doc: Document): Digest {
	const words: string[] = [];
	const weights: number[] = [];
	const anchors: PageRecord['anchors'] = [];
	const stack = [WEIGHT_UNIT];
	let weight = WEIGHT_UNIT;
	// As Rust reads an f32 (a bad number is 1) and casts it to a byte.
	const parse = (text: string) => (text === '' || Number.isNaN(Number(text)) ? 1 : Number(text));
	const toWeight = (value: number) => Math.trunc(Math.min(Math.max(value, 0), 10) * WEIGHT_UNIT);
	for (const word of digest.split(WHITESPACE)) {
		if (word.startsWith(ANCHOR)) {
			const [element, counter, ...id] = word.slice(ANCHOR.length).split(':');
			const key = `${counter}:${id.join(':')}`;
			const title = doc.anchorTitles.get(key);
			const text = normaliseContent(doc.anchorText.get(key) ?? '');
			// Only these become sub-results (Pagefind's calculate_sub_results).
			if (id.length > 0 && ((title && /\S/.test(title)) || (/h\d/i.test(element) && /\S/.test(text)))) anchors.push([words.length, id.join(':'), title || text]);
			continue;
		}
		if (word.startsWith(WEIGHT)) {
			const value = parse(word.slice(WEIGHT.length));
			stack.push(value <= 0 ? 0 : Math.max(1, toWeight(value)));
		} else if (word.startsWith(AUTO)) {
			// A heading inside an explicitly weighted element takes that weight.
			stack.push(stack.length === 1 ? toWeight(parse(word.slice(AUTO.length))) : stack[stack.length - 1]);
		} else if (word.startsWith(END_WEIGHT)) {
			stack.pop();
		} else {
			const base = word.replace(/\u200B/g, '');
			if (base === '') continue;
			const current = stack[stack.length - 1] ?? 1;
			if (current !== weight) weights.push(words.length, current);
			weight = current;
			words.push(base);
		}
	}
	return { words, weights, anchors };
}

/**
 * The searchable record of a built page, as Pagefind indexes it. Null for
 * pages without `data-pagefind-body`: once any page has one, Pagefind skips
 * the pages that don't.
 */
export function extractRecord(html: string, url: string): PageRecord | null {
	const tree: Root = fromHtml(html);
	const doc: Document = { html, meta: new Map(), defaultMeta: new Map(), filters: new Map(), anchorText: new Map(), anchorTitles: new Map(), anchorCount: 0 };
	const root: ParseNode = { value: '', sourceEnd: '', status: 'indexing' };
	for (const child of tree.children) if (child.type === 'element') visitElement(child, root, doc);
	if (root.status !== 'parentOfBody') return null;
	const { words, weights, anchors } = readDigest(normaliseContent(root.value), doc);
	const section = doc.filters.get('section')?.[0]?.replace(PRIVATE_MARKER, '') ?? '';
	return { url, meta: finalMeta(doc), section, content: words.join(' '), weights, anchors };
}
