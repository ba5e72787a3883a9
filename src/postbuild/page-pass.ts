import { Parser } from 'htmlparser2';
import { keepTogether, UNBROKEN } from '../text/unbroken.ts';
import { relativeUrl } from './relative-url.ts';
import { NAMES_AS_WRITTEN, startTag } from '../html/start-tag.ts';
import { URL_ATTRIBUTES } from '../site/urls.ts';

/** Attributes that point at something the site must contain, by element. */
const LINKS: Record<string, string> = { a: 'href', link: 'href', script: 'src', img: 'src', form: 'action' };

/** Elements whose text may hold no HTML element: a span there would be shown as text, or be foreign. */
const PLAIN_TEXT = new Set(['title', 'textarea', 'option', 'svg', 'math']);
/** Elements no page of the site emits: each would load or send the reader elsewhere unchecked. */
const FORBIDDEN = new Set(['base', 'iframe', 'frame', 'object', 'embed']);

/** The class of a note number that stands right after another. */
const NEXT_NOTE = 'next-note';

/** Where the Content Security Policy goes once it is known: right after `<meta charset>`. */
export const POLICY_PLACEHOLDER = '<meta name="briefing-policy">';

/** The inline code a page holds, by the kind of policy source that governs it. */
export interface InlineCode {
	scripts: string[];
	styles: string[];
	scriptAttributes: string[];
	styleAttributes: string[];
}

/** What the later steps need to know of a page, read in the same pass that rewrites it. */
export interface PageFacts {
	path: string;
	/** The content file the page was built from (`data-source`), for messages. */
	source?: string;
	ids: string[];
	links: { tag: string; attribute: string; url: string }[];
	inline: InlineCode;
	/** JSON blocks (JSON-LD): data the browser never runs. */
	json: string[];
	/** Things no page of the site emits, each described: `<meta http-equiv="refresh">`, `<base>`, frames. */
	forbidden: string[];
}

const rootAbsolute = (url: string) => url.startsWith('/') && !url.startsWith('//');

/**
 * One pass over a built page with htmlparser2's streaming parser, copying
 * every tag and text it does not change byte for byte as it was: makes every
 * root-absolute URL relative to the page (Astro has no relative mode,
 * withastro/astro#4229, and root URLs break under a sub-path and from disk),
 * marks where the policy goes, and gathers the page's ids, links and inline
 * code for the link check and the policy. In the text, a day stays on the
 * line of its month, and an article on that of its number
 * (src/text/unbroken.ts), wherever the text comes from: prose, a summary, a
 * figure's caption, a note; a span of days (“3–4 December”) and a
 * designation (“RS-26”), which may break after their dash or hyphen, are set
 * in a `.nowrap` (src/text/unbroken.ts). A note number right after another
 * is marked `.next-note`. parse5's rewriting stream did the
 * same at three times the cost.
 *
 * `relative: false` leaves URLs as they are (the 404 page, which is served
 * at any depth and carries base-path URLs of its own).
 */
export function passPage(html: string, path: string, { relative = true } = {}): { html: string; facts: PageFacts } {
	const facts: PageFacts = { path, ids: [], links: [], inline: { scripts: [], styles: [], scriptAttributes: [], styleAttributes: [] }, json: [], forbidden: [] };
	const out: string[] = [];
	/** Where the part of the page not yet in `out` begins. */
	let copied = 0;
	const replace = (start: number, end: number, text: string) => {
		out.push(html.slice(copied, start), text);
		copied = end;
	};
	let rawText: { into: string[]; text: string } | undefined;
	/** A `sup` closed with nothing after it yet: a note number the next may stand beside. */
	let afterSup = false;
	let charsetSeen = false;
	let plainText = 0;
	// Text is kept together across the parser's text events, which part it at entities and where its buffer
	// fills: a content change elsewhere on the page moved where they part, and an article lost its number.
	let text: { start: number; end: number } | undefined;
	const endText = () => {
		if (!text) return;
		const raw = html.slice(text.start, text.end);
		// Every day, article and designation kept together holds a digit; most text holds none.
		if (!/\d/.test(raw)) return void (text = undefined);
		const joined = keepTogether(raw);
		const next = plainText > 0 ? joined : joined.replace(UNBROKEN, '<span class="nowrap">$&</span>');
		if (next !== raw) replace(text.start, text.end, next);
		text = undefined;
	};

	const parser = new Parser(
		{
			ontext() {
				afterSup = false;
				const start = parser.startIndex;
				const end = parser.endIndex + 1;
				if (rawText) rawText.text += html.slice(start, end);
				else if (text) text.end = end;
				else text = { start, end };
			},
			oncomment: endText,
			onprocessinginstruction: endText,
			onopentag(name, attributes, implied) {
				endText();
				if (implied) return;
				const tag = name.toLowerCase();
				let changed = false;
				const byName: Record<string, string> = {};
				for (const [attribute, value] of Object.entries(attributes)) {
					const key = attribute.toLowerCase();
					if (key === 'id') facts.ids.push(value);
					if (key === 'data-source') facts.source ??= value;
					if (key.startsWith('on')) facts.inline.scriptAttributes.push(value);
					if (key === 'style') facts.inline.styleAttributes.push(value);
					if (relative && URL_ATTRIBUTES.has(key) && rootAbsolute(value)) {
						attributes[attribute] = relativeUrl(`/${path}`, value);
						changed = true;
					}
					if (relative && key === 'srcset') {
						const next = value.split(',').map((candidate) => {
							const [url, ...descriptor] = candidate.trim().split(/\s+/);
							return [rootAbsolute(url) ? relativeUrl(`/${path}`, url) : url, ...descriptor].join(' ');
						}).join(', ');
						changed ||= next !== value;
						attributes[attribute] = next;
					}
					// As rewritten: the link check follows the links as the page will hold them.
					byName[key] ??= attributes[attribute];
				}
				const get = (name: string): string | undefined => byName[name];
				// A note number right after another, nothing between (“[15][18]”): marked, so that on a touch screen the
				// two stand apart (prose.css). CSS alone cannot tell it from one after a sentence, text being no element.
				if (tag === 'sup' && afterSup) {
					attributes.class = attributes.class ? `${attributes.class} ${NEXT_NOTE}` : NEXT_NOTE;
					changed = true;
				}
				afterSup = false;
				const linkAttribute = LINKS[tag];
				const target = linkAttribute && get(linkAttribute);
				if (target !== undefined) facts.links.push({ tag, attribute: linkAttribute, url: target });
				if (tag === 'script' && get('src') === undefined) rawText = { into: /json/.test(get('type') ?? '') ? facts.json : facts.inline.scripts, text: '' };
				if (tag === 'style') rawText = { into: facts.inline.styles, text: '' };
				if (PLAIN_TEXT.has(tag)) plainText++;
				if (tag === 'meta' && get('http-equiv')?.toLowerCase() === 'refresh') facts.forbidden.push(`<meta http-equiv="refresh" content="${get('content') ?? ''}">`);
				if (FORBIDDEN.has(tag)) facts.forbidden.push(`<${tag}>`);
				// A browser with scripts on reads <noscript> as text, so what it holds is never what the checks saw.
				if (tag === 'noscript') facts.forbidden.push('<noscript> (its links and code would escape the checks; show a notice the script removes instead)');

				const start = parser.startIndex;
				const end = parser.endIndex + 1;
				if (changed) replace(start, end, startTag(name, attributes, html.slice(start, end)));
				if (tag === 'meta' && get('charset') !== undefined && !charsetSeen) {
					charsetSeen = true;
					replace(end, end, POLICY_PLACEHOLDER);
				}
			},
			onclosetag(name) {
				endText();
				const tag = name.toLowerCase();
				afterSup = tag === 'sup';
				if (PLAIN_TEXT.has(tag)) plainText--;
				if (rawText && (tag === 'script' || tag === 'style')) {
					rawText.into.push(rawText.text);
					rawText = undefined;
				}
			},
		},
		NAMES_AS_WRITTEN,
	);
	parser.end(html);
	endText();
	if (!charsetSeen) throw new Error(`${path}: no <meta charset> in the head, so the policy has nowhere to go`);
	out.push(html.slice(copied));
	return { html: out.join(''), facts };
}
