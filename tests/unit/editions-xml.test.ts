import type { Element, ElementContent, Root } from 'xast';
import { toXml as reference } from 'xast-util-to-xml';
import { describe, expect, it } from 'vitest';
import { toXml } from '../../src/editions/epub/xml.ts';
import { el, txt, xhtmlDocument } from '../../src/editions/epub/xhtml.ts';

// The book's documents are written by our own serializer, for speed (src/editions/epub/xml.ts): it must write
// exactly what xast-util-to-xml, which wrote them before, writes.
describe('the book’s XML', () => {
	it('is xast-util-to-xml’s, over many random documents: escapes, dropped control characters, empty elements', () => {
		// A seeded generator: the same documents on every run.
		let seed = 7;
		const random = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
		const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)];
		const characters = ['a', 'Z', ' ', '&', '<', '>', '"', "'", '-', '\t', '\n', '\r', '\u0001', '\u000B', '\u001F', '’', '…', '🇺🇦', '&amp;', ']]>'];
		const string = () => Array.from({ length: Math.floor(random() * 12) }, () => pick(characters)).join('');
		const names = ['p', 'a', 'svg', 'linearGradient', 'epub:switch'];
		const attributes = ['href', 'id', 'viewBox', 'epub:type', 'xml:lang', 'aria-label', 'class'];
		const element = (depth: number): Element => {
			const children: ElementContent[] = [];
			for (let n = Math.floor(random() * 4); n > 0; n--) children.push(depth > 0 && random() < 0.5 ? element(depth - 1) : { type: 'text', value: string() });
			const attrs: Element['attributes'] = {};
			for (let n = Math.floor(random() * 3); n > 0; n--) attrs[pick(attributes)] = pick([string(), string(), null, undefined]);
			return { type: 'element', name: pick(names), attributes: attrs, children };
		};
		for (let i = 0; i < 300; i++) {
			const tree: Root = { type: 'root', children: [{ type: 'doctype', name: 'html' }, element(4)] };
			expect(toXml(tree), JSON.stringify(tree)).toBe(reference(tree, { closeEmptyElements: true }));
		}
	});

	it('writes a chapter’s document, namespaces and all, as before', () => {
		const body = [el('main', {}, [el('p', { className: ['lead'], dataX: '1' }, [txt('NATO’s “open door” & <Article 5>')]), el('br'), el('svg', { viewBox: '0 0 10 10' }, [el('path', { d: 'M0 0' })])])];
		const document = xhtmlDocument({ lang: 'en-GB', title: 'A “title” & more', stylesheet: 'style.css', body });
		expect(document).toContain('<html xmlns="http://www.w3.org/1999/xhtml" lang="en-GB" xml:lang="en-GB" xmlns:epub="http://www.idpf.org/2007/ops">');
		expect(document).toContain('<p class="lead" data-x="1">NATO’s “open door” &#x26; &#x3C;Article 5></p><br />');
		expect(document).toContain('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><path d="M0 0" /></svg>');
	});

	it('refuses what it would write wrong rather than writing it', () => {
		const tag = (name: string): Root => ({ type: 'root', children: [{ type: 'element', name, attributes: {}, children: [] }] });
		expect(() => toXml(tag('a b'))).toThrow(/“a b” cannot be an XML element or attribute name/);
		expect(() => toXml({ type: 'root', children: [{ type: 'comment', value: 'x' }] })).toThrow(/a comment node is not written/);
	});
});
