import { RewritingStream } from 'parse5-html-rewriting-stream';
import { keepTogether, UNBROKEN } from '../text/unbroken.ts';
import { relativeUrl } from './relative-url.ts';

/** Attributes that hold one URL. */
const URL_ATTRIBUTES = new Set(['href', 'src', 'action', 'poster', 'data-js']);
/** Attributes that point at something the site must contain, by element. */
const LINKS: Record<string, string> = { a: 'href', link: 'href', script: 'src', img: 'src', form: 'action' };

/** Elements whose text may hold no HTML element: a span there would be shown as text, or be foreign. */
const PLAIN_TEXT = new Set(['title', 'textarea', 'option', 'svg', 'math']);

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
 * One pass over a built page with a streaming HTML rewriter (parse5's, which
 * leaves every token it is not asked to change byte for byte as it was):
 * makes every root-absolute URL relative to the page (Astro has no relative
 * mode, withastro/astro#4229, and root URLs break under a sub-path and from
 * disk), marks where the policy goes, and gathers the page's ids, links and
 * inline code for the link check and the policy. In the text, a day stays on
 * the line of its month, and an article on that of its number
 * (src/text/unbroken.ts), wherever the text comes from:
 * prose, a summary, a figure's caption, a note; a span of days (“3–4
 * December”) and a designation (“RS-26”), which may break after their dash
 * or hyphen, are set in a `.nowrap` (src/text/unbroken.ts).
 *
 * `relative: false` leaves URLs as they are (the 404 page, which is served
 * at any depth and carries base-path URLs of its own).
 */
export async function passPage(html: string, path: string, { relative = true } = {}): Promise<{ html: string; facts: PageFacts }> {
	const facts: PageFacts = { path, ids: [], links: [], inline: { scripts: [], styles: [], scriptAttributes: [], styleAttributes: [] }, json: [], forbidden: [] };
	const rewriter = new RewritingStream();
	let rawText: { into: string[]; text: string } | undefined;
	let charsetSeen = false;
	let plainText = 0;
	// Text is kept together across the parser's text events, which may part “Article” from “ 10”: a content
	// change elsewhere on the page moved where they part, and an article lost its number at a line's end.
	let pendingText = '';
	const flushText = () => {
		if (!pendingText) return '';
		const joined = keepTogether(pendingText);
		pendingText = '';
		return plainText > 0 ? joined : joined.replace(UNBROKEN, '<span class="nowrap">$&</span>');
	};
	const emitText = () => {
		const text = flushText();
		if (text) rewriter.emitRaw(text);
	};
	rewriter.on('comment', (_, raw) => {
		emitText();
		rewriter.emitRaw(raw);
	});
	rewriter.on('doctype', (_, raw) => {
		emitText();
		rewriter.emitRaw(raw);
	});

	rewriter.on('startTag', (tag, raw) => {
		emitText();
		let changed = false;
		const get = (name: string) => tag.attrs.find((a) => a.name === name)?.value;
		for (const attr of tag.attrs) {
			if (attr.name === 'id') facts.ids.push(attr.value);
			if (attr.name === 'data-source') facts.source ??= attr.value;
			if (/^on/i.test(attr.name)) facts.inline.scriptAttributes.push(attr.value);
			if (attr.name === 'style') facts.inline.styleAttributes.push(attr.value);
			if (relative && URL_ATTRIBUTES.has(attr.name) && rootAbsolute(attr.value)) {
				attr.value = relativeUrl(`/${path}`, attr.value);
				changed = true;
			}
			if (relative && attr.name === 'srcset') {
				const next = attr.value.split(',').map((candidate) => {
					const [url, ...descriptor] = candidate.trim().split(/\s+/);
					return [rootAbsolute(url) ? relativeUrl(`/${path}`, url) : url, ...descriptor].join(' ');
				}).join(', ');
				changed ||= next !== attr.value;
				attr.value = next;
			}
		}
		const linkAttribute = LINKS[tag.tagName];
		const target = linkAttribute && get(linkAttribute);
		if (target !== undefined) facts.links.push({ tag: tag.tagName, attribute: linkAttribute, url: target });
		if (tag.tagName === 'script' && get('src') === undefined) rawText = { into: /json/.test(get('type') ?? '') ? facts.json : facts.inline.scripts, text: '' };
		if (tag.tagName === 'style') rawText = { into: facts.inline.styles, text: '' };
		if (PLAIN_TEXT.has(tag.tagName) && !tag.selfClosing) plainText++;
		if (tag.tagName === 'meta' && get('http-equiv')?.toLowerCase() === 'refresh') facts.forbidden.push(`<meta http-equiv="refresh" content="${get('content') ?? ''}">`);
		if (['base', 'iframe', 'frame', 'object', 'embed'].includes(tag.tagName)) facts.forbidden.push(`<${tag.tagName}>`);
		// A streaming parser reads <noscript> as text, so its links would escape this pass.
		if (tag.tagName === 'noscript') facts.forbidden.push('<noscript> (its links and code would escape the checks; show a notice the script removes instead)');

		if (changed) rewriter.emitStartTag(tag);
		else rewriter.emitRaw(raw);
		if (tag.tagName === 'meta' && get('charset') !== undefined && !charsetSeen) {
			charsetSeen = true;
			rewriter.emitRaw(POLICY_PLACEHOLDER);
		}
	});
	rewriter.on('text', (_, raw) => {
		if (rawText) {
			rawText.text += raw;
			return rewriter.emitRaw(raw);
		}
		pendingText += raw;
	});
	rewriter.on('endTag', (tag, raw) => {
		emitText();
		if (PLAIN_TEXT.has(tag.tagName)) plainText--;
		if (rawText && (tag.tagName === 'script' || tag.tagName === 'style')) {
			rawText.into.push(rawText.text);
			rawText = undefined;
		}
		rewriter.emitRaw(raw);
	});

	const out: string[] = [];
	rewriter.on('data', (chunk: string) => out.push(chunk));
	await new Promise<void>((resolve, reject) => {
		rewriter.on('end', resolve);
		rewriter.on('error', reject);
		rewriter.end(html);
	});
	if (!charsetSeen) throw new Error(`${path}: no <meta charset> in the head, so the policy has nowhere to go`);
	// Text after the last tag has no token after it to send it on.
	return { html: out.join('') + flushText(), facts };
}
