import type { Element, Root } from 'hast';
import { h, s } from 'hastscript';
import { Parser } from 'htmlparser2';

/**
 * The site's own HTML as a hast tree, read with htmlparser2 rather than
 * parse5: a page the build wrote is well formed (every element closed, no
 * table without its body), so the HTML standard's repairs, which parse5
 * makes and which took two thirds of its time, have nothing to repair
 * (tests/build/site.test.ts holds every built page to parse5's tree).
 * Properties are made by hastscript, as parse5's trees' are; SVG's names
 * keep their case. Comments are left out, which no caller reads; nor does
 * the site write what else would differ (a newline opening a <pre>, a
 * <template>'s content).
 */
export function parseSiteHtml(html: string): Root {
	const root: Root = { type: 'root', children: [] };
	const open: (Root | Element)[] = [root];
	let svg = 0;
	const parser = new Parser(
		{
			onopentag(name, attributes) {
				if (name === 'svg') svg++;
				const element = (svg > 0 ? s : h)(name, attributes);
				open.at(-1)!.children.push(element);
				open.push(element);
			},
			ontext(value) {
				const siblings = open.at(-1)!.children;
				const last = siblings.at(-1);
				if (last?.type === 'text') last.value += value;
				else siblings.push({ type: 'text', value });
			},
			onclosetag(name) {
				open.pop();
				if (name === 'svg') svg--;
			},
		},
		// Not `recognizeSelfClosing`: in HTML a slash closes nothing (“<span/>after” holds “after”), and in SVG
		// htmlparser2 honours it anyway.
		{ lowerCaseAttributeNames: false },
	);
	parser.end(html);
	return root;
}
