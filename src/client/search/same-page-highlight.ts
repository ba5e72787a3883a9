import { escapeRegExp } from '../../text/literal.ts';
import type { Target } from './highlight.ts';

/** The name the match is highlighted under: `::highlight(search-result)` in search-results.css. */
const HIGHLIGHT = 'search-result';

/** The text directives of an address (`#id:~:text=prefix-,text,-suffix&text=…`), decoded. */
export function textDirectives(hash: string): Target[] {
	const directive = hash.split(':~:')[1] ?? '';
	return directive
		.split('&')
		.filter((part) => part.startsWith('text='))
		.map((part) => {
			const terms = part.slice('text='.length).split(',');
			const prefix = terms[0]?.endsWith('-') ? decodeURIComponent(terms.shift()!.slice(0, -1)) : undefined;
			const suffix = terms.at(-1)?.startsWith('-') ? decodeURIComponent(terms.pop()!.slice(1)) : undefined;
			return { text: decodeURIComponent(terms.join(',')), ...(prefix ? { prefix } : {}), ...(suffix ? { suffix } : {}) };
		})
		.filter((t) => t.text);
}

const words = (text: string) => text.trim().split(/\s+/).map(escapeRegExp).join('\\s+');

/**
 * The first place after `from` where a target's text stands, as a Range:
 * with its prefix before it and its suffix after it where they are there
 * (as a browser looks for a text fragment), else the text alone. Whitespace
 * may differ, as it does between an excerpt and the page.
 */
function findTarget(from: Node, target: Target): Range | undefined {
	const nodes: Text[] = [];
	const starts: number[] = [];
	let text = '';
	const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
	for (let node = walker.nextNode(); node; node = walker.nextNode()) {
		if (!(from.compareDocumentPosition(node) & Node.DOCUMENT_POSITION_FOLLOWING) && !from.contains(node)) continue;
		// Not the search's own results, which hold the same words, marked.
		if (node.parentElement?.closest('briefing-search')) continue;
		nodes.push(node as Text);
		starts.push(text.length);
		text += (node as Text).data;
	}
	const patterns = [
		`${target.prefix ? `(?<=${words(target.prefix)}\\s*)` : ''}${words(target.text)}${target.suffix ? `(?=\\s*${words(target.suffix)})` : ''}`,
		words(target.text),
	];
	for (const pattern of patterns) {
		const match = new RegExp(pattern, 'iu').exec(text);
		if (!match) continue;
		const at = (offset: number): [Text, number] => {
			let i = starts.length - 1;
			while (i > 0 && starts[i] > offset) i--;
			return [nodes[i], offset - starts[i]];
		};
		const range = document.createRange();
		range.setStart(...at(match.index));
		range.setEnd(...at(match.index + match[0].length));
		return range;
	}
	return undefined;
}

/**
 * Highlights a result's match on the page the reader is already on, where
 * the browser does not act on a text fragment: with the CSS Custom Highlight
 * API, where the browser has it, and scrolls it into view. Returns whether
 * it did; if not, the page is at the result's heading, unhighlighted.
 */
function highlightOnThisPage(hash: string, anchor: Element): boolean {
	const registry = (globalThis as { CSS?: { highlights?: Map<string, unknown> } }).CSS?.highlights;
	const Highlight = (globalThis as { Highlight?: new (...ranges: Range[]) => unknown }).Highlight;
	if (!registry || !Highlight) return false;
	const found = textDirectives(hash).map((t) => findTarget(anchor, t)).filter((r): r is Range => r !== undefined);
	// Two of a URL's directives may find the same words (a word marked twice in one excerpt): each place once.
	const ranges = found.filter((r, i) => !found.slice(0, i).some((q) => q.compareBoundaryPoints(Range.START_TO_START, r) === 0));
	registry.delete(HIGHLIGHT);
	if (ranges.length === 0) return false;
	registry.set(HIGHLIGHT, new Highlight(...ranges));
	(ranges[0].startContainer.parentElement ?? anchor).scrollIntoView({ block: 'center' });
	return true;
}

/** Whether a result's link is to the page the reader is on. */
export function isOnThisPage(link: HTMLAnchorElement): boolean {
	const url = new URL(link.href);
	return url.origin === location.origin && url.pathname === location.pathname;
}

/**
 * Opens a result on the page the reader is on. Chromium does not move within
 * a page for an address with a text fragment (it did nothing over http), so
 * the page goes to the result's heading itself and the match is highlighted
 * as the browser would have.
 */
export function openOnThisPage(link: HTMLAnchorElement): void {
	const hash = new URL(link.href).hash;
	link.blur();
	const id = hash.split(':~:')[0];
	location.hash = id;
	highlightOnThisPage(hash, (id.length > 1 && document.getElementById(decodeURIComponent(id.slice(1)))) || document.body);
}
