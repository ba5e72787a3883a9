import type { Element } from 'hast';
import { describe, expect, it } from 'vitest';
import { visit } from 'unist-util-visit';
import { hash } from '../../src/postbuild/policy.ts';
import { $, files, page, read } from './dist.ts';

const policyOf = (p: string) => String($('meta[http-equiv="content-security-policy"]', p)?.properties.content ?? '');
const directive = (policy: string, name: string) => policy.split(';').map((d) => d.trim()).find((d) => d.startsWith(`${name} `)) ?? '';

describe('the Content Security Policy', () => {
	it('comes first in every page’s head, right after the charset', () => {
		for (const p of files('.html')) {
			const head = $('head', p)!;
			const elements = head.children.filter((c): c is Element => c.type === 'element');
			expect(elements[0].properties.charSet, p).toBe('utf-8');
			expect(elements[1].properties.httpEquiv, p).toEqual(['content-security-policy']);
		}
	});

	it('allows no inline code but what each page holds, by hash', () => {
		for (const p of files('.html')) {
			const policy = policyOf(p);
			expect(policy, p).not.toContain('unsafe-inline');
			expect(policy, p).not.toContain("'unsafe-eval'");
			expect(directive(policy, 'default-src')).toBe("default-src 'none'");
			expect(directive(policy, 'object-src')).toBe("object-src 'none'");
			expect(directive(policy, 'base-uri')).toBe("base-uri 'self'");
			expect(policy, 'no other origin may be named').not.toMatch(/https?:|\*/);
			const handlers: string[] = [];
			let inlineScripts = 0;
			visit(page(p), 'element', (node: Element) => {
				for (const [name, value] of Object.entries(node.properties)) if (/^on[A-Z]/.test(name)) handlers.push(String(value));
				// JSON-LD is data, not code: the browser never runs it, so the policy need not know it.
				if (node.tagName === 'script' && node.properties.src === undefined && !/json/.test(String(node.properties.type ?? ''))) inlineScripts++;
				expect(node.properties.style, `${p}: a style attribute would need 'unsafe-hashes'`).toBeUndefined();
			});
			expect(inlineScripts, `${p} has inline scripts`).toBe(0);
			const attr = directive(policy, 'script-src-attr');
			if (handlers.length === 0) expect(attr).toBe("script-src-attr 'none'");
			else for (const h of new Set(handlers)) expect(attr, p).toContain(hash(h));
			// 'wasm-unsafe-eval' is Pagefind's; nothing else loosens script-src.
			expect(directive(policy, 'script-src')).toBe("script-src 'self' 'wasm-unsafe-eval'");
		}
	});

	it('ships _headers with the same policy and the usual security headers', () => {
		const headers = read('_headers');
		expect(headers).toMatch(/^\/\*\n/);
		const policy = /Content-Security-Policy: (.*)/.exec(headers)![1];
		for (const p of files('.html')) {
			for (const name of ['default-src', 'script-src', 'object-src', 'base-uri', 'form-action']) {
				expect(directive(policy, name), `${name} for ${p}`).toBe(directive(policyOf(p), name));
			}
			// One header serves every page, so it allows the union of the pages' hashes.
			for (const name of ['style-src', 'script-src-attr']) {
				for (const h of directive(policyOf(p), name).split(' ').filter((t) => t.startsWith("'sha256"))) expect(directive(policy, name), `${name} for ${p}`).toContain(h);
			}
		}
		expect(policy).toContain("frame-ancestors 'none'");
		for (const header of ['X-Content-Type-Options: nosniff', 'Referrer-Policy:', 'Permissions-Policy:']) expect(headers).toContain(header);
	});
});
