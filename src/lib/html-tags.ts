import { escapeAttribute } from 'entities';
import { Parser } from 'htmlparser2';

export interface Tag {
	name: string;
	/** Attribute values, entities decoded. */
	attributes: Record<string, string>;
	/** Where the start tag is in the HTML: [start, end). */
	start: number;
	end: number;
}

export interface TagVisitor {
	tag?(tag: Tag): void;
	/** Text, with the name of the element it is directly in (raw in script and style); may come in pieces. */
	text?(text: string, parent: string): void;
	close?(name: string): void;
}

/**
 * Streams through an HTML document start tag by start tag. Post-build steps
 * read every page, and a tree of the single-page edition of a big briefing
 * does not fit in memory; a stream does, and is faster.
 */
export function scanHtml(html: string, visitor: TagVisitor): void {
	const open: string[] = [];
	const parser: Parser = new Parser(
		{
			onopentag(name, attributes) {
				visitor.tag?.({ name, attributes, start: parser.startIndex, end: parser.endIndex + 1 });
				open.push(name);
			},
			onclosetag(name) {
				open.pop();
				visitor.close?.(name);
			},
			ontext(text) {
				visitor.text?.(text, open.at(-1) ?? '');
			},
		},
		{ decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: false },
	);
	parser.end(html);
}

/**
 * Rewrites start tags: `change` returns a tag's new attributes, or nothing to
 * leave it byte for byte as it was. Only changed tags are written anew.
 */
export function rewriteTags(html: string, change: (tag: Tag) => Record<string, string> | undefined): string {
	const edits: { start: number; end: number; text: string }[] = [];
	scanHtml(html, {
		tag(tag) {
			const attributes = change(tag);
			if (!attributes) return;
			const selfClosing = html[tag.end - 2] === '/';
			const list = Object.entries(attributes).map(([name, value]) => ` ${name}="${escapeAttribute(value)}"`).join('');
			edits.push({ start: tag.start, end: tag.end, text: `<${tag.name}${list}${selfClosing ? '/' : ''}>` });
		},
	});
	return splice(html, edits);
}

/** Inserts `text` right after the first start tag that `where` accepts. */
export function insertAfterTag(html: string, where: (tag: Tag) => boolean, text: string): string {
	let at = -1;
	scanHtml(html, {
		tag(tag) {
			if (at < 0 && where(tag)) at = tag.end;
		},
	});
	if (at < 0) throw new Error('insertAfterTag: no such tag');
	return html.slice(0, at) + text + html.slice(at);
}

function splice(html: string, edits: { start: number; end: number; text: string }[]): string {
	let out = '';
	let from = 0;
	for (const edit of edits) {
		out += html.slice(from, edit.start) + edit.text;
		from = edit.end;
	}
	return out + html.slice(from);
}
