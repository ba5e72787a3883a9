import type { Element, ElementContent, Root } from 'hast';
import { toXast } from 'hast-util-to-xast';
import { toXml } from './xml.ts';

export const el = (tagName: string, properties: Element['properties'] = {}, children: ElementContent[] = []): Element => ({ type: 'element', tagName, properties, children });
export const txt = (value: string): ElementContent => ({ type: 'text', value });

/** An XHTML content document of the book: XML, with the epub: namespace for noterefs and footnotes. */
export function xhtmlDocument({ lang, title, stylesheet, body }: { lang: string; title: string; stylesheet: string; body: ElementContent[] }): string {
	const tree: Root = {
		type: 'root',
		children: [
			{ type: 'doctype' },
			el('html', { lang, xmlLang: lang, 'xmlns:epub': 'http://www.idpf.org/2007/ops' }, [
				el('head', {}, [el('meta', { charSet: 'utf-8' }), el('title', {}, [txt(title)]), el('link', { rel: ['stylesheet'], type: 'text/css', href: stylesheet })]),
				el('body', {}, body),
			]),
		],
	};
	return `<?xml version="1.0" encoding="UTF-8"?>\n${toXml(toXast(tree))}\n`;
}
