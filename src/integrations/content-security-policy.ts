import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';
import { htmlFiles } from '../lib/html-files.ts';
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
				for (const file of await htmlFiles(root)) {
					const path = join(root, file);
					const tree = fromHtml(await readFile(path, 'utf8'));
					const code = inlineCode(tree);
					all.push(code);
					insertPolicy(tree, policyFor(code));
					await writeFile(path, toHtml(tree, { allowDangerousHtml: true }));
				}
				await writeFile(join(root, '_headers'), headersFile(policyFor(mergeInlineCode(all))));
			},
		},
	};
}

export function inlineCode(tree: Root): InlineCode {
	const code: InlineCode = { scripts: [], styles: [], scriptAttributes: [], styleAttributes: [] };
	visit(tree, 'element', (node: Element) => {
		if (node.tagName === 'script' && node.properties.src === undefined && !isData(node)) code.scripts.push(toString(node));
		if (node.tagName === 'style') code.styles.push(toString(node));
		for (const [name, value] of Object.entries(node.properties)) {
			if (/^on[A-Z]/.test(name) && typeof value === 'string') code.scriptAttributes.push(value);
		}
		if (typeof node.properties.style === 'string') code.styleAttributes.push(node.properties.style);
	});
	return code;
}

const isData = (node: Element) => typeof node.properties.type === 'string' && /json/.test(node.properties.type);

function insertPolicy(tree: Root, policy: string) {
	let head: Element | undefined;
	visit(tree, 'element', (node: Element) => {
		if (node.tagName === 'head') {
			head = node;
			return false;
		}
	});
	if (!head) throw new Error('content-security-policy: a page has no <head>');
	const meta: Element = { type: 'element', tagName: 'meta', properties: { httpEquiv: ['content-security-policy'], content: policy }, children: [] };
	// After <meta charset>, which must come first; before anything the policy governs.
	const charset = head.children.findIndex((c) => c.type === 'element' && c.tagName === 'meta' && c.properties.charSet !== undefined);
	head.children.splice(charset + 1, 0, meta);
}
