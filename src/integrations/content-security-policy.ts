import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { escapeAttribute } from 'entities';
import { transformHtmlFiles } from '../lib/html-files.ts';
import { insertAfterTag, scanHtml } from '../lib/html-tags.ts';
import { headersFile, mergeInlineCode, policyFor, type InlineCode } from '../lib/csp.ts';

/**
 * Puts a Content-Security-Policy meta tag first in every page's head, with
 * hashes of the inline code that page really holds, and writes `_headers`
 * with the union policy and the other security headers.
 *
 * Our own step rather than Astro's `security.csp`: Astro places its meta late
 * in the head, cannot hash event-handler attributes, and its hashes would go
 * stale when later build steps rewrite the HTML.
 */
export function contentSecurityPolicy(): AstroIntegration {
	return {
		name: 'content-security-policy',
		hooks: {
			'astro:build:done': async ({ dir }) => {
				const root = fileURLToPath(dir);
				const all: InlineCode[] = [];
				await transformHtmlFiles(root, (html) => {
					const code = inlineCode(html);
					all.push(code);
					// After <meta charset>, which must come first; before anything the policy governs.
					const meta = `<meta http-equiv="content-security-policy" content="${escapeAttribute(policyFor(code))}">`;
					return insertAfterTag(html, (t) => t.name === 'meta' && 'charset' in t.attributes, meta);
				});
				await writeFile(join(root, '_headers'), headersFile(policyFor(mergeInlineCode(all))));
			},
		},
	};
}

/** The inline code of a page: script and style elements, event-handler and style attributes. */
function inlineCode(html: string): InlineCode {
	const code: InlineCode = { scripts: [], styles: [], scriptAttributes: [], styleAttributes: [] };
	let collecting: { into: string[]; text: string } | undefined;
	scanHtml(html, {
		tag({ name, attributes }) {
			if (name === 'script' && !('src' in attributes) && !/json/.test(attributes.type ?? '')) collecting = { into: code.scripts, text: '' };
			if (name === 'style') collecting = { into: code.styles, text: '' };
			for (const [attribute, value] of Object.entries(attributes)) if (/^on/i.test(attribute)) code.scriptAttributes.push(value);
			if ('style' in attributes) code.styleAttributes.push(attributes.style);
		},
		text(text) {
			if (collecting) collecting.text += text;
		},
		close(name) {
			if (collecting && (name === 'script' || name === 'style')) {
				collecting.into.push(collecting.text);
				collecting = undefined;
			}
		},
	});
	return code;
}
