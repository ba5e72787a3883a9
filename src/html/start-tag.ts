import { escapeAttribute } from 'entities';

/**
 * htmlparser2's options for the passes that copy a page and rewrite some of
 * its tags: names as written, since SVG's are camel-cased (viewBox,
 * linearGradient) and a changed tag is written anew.
 */
export const NAMES_AS_WRITTEN = { lowerCaseTags: false, lowerCaseAttributeNames: false } as const;

/** A start tag written anew from its name and attributes; self-closing if `raw`, the tag as it stood, was. */
export function startTag(name: string, attributes: Record<string, string>, raw: string): string {
	const written = Object.entries(attributes).map(([attribute, value]) => ` ${attribute}="${escapeAttribute(value)}"`).join('');
	return `<${name}${written}${raw.endsWith('/>') ? '/>' : '>'}`;
}
