import { describe, expect, it } from 'vitest';
import { hash, headersFile, policyFor } from '../../src/postbuild/policy.ts';

describe('policyFor', () => {
	const empty = { scripts: [], styles: [], scriptAttributes: [], styleAttributes: [] };
	it('allows nothing inline when a page has no inline code', () => {
		const policy = policyFor(empty);
		expect(policy).toContain("script-src 'self' 'wasm-unsafe-eval'");
		expect(policy).toContain("script-src-attr 'none'");
		expect(policy).toContain("style-src-attr 'none'");
		expect(policy).toContain("object-src 'none'");
		expect(policy).toContain("base-uri 'self'");
		expect(policy).not.toContain('unsafe-inline');
	});
	it('allows inline code by hash only, and handler attributes only under script-src-attr', () => {
		const policy = policyFor({ ...empty, scripts: ['a()'], scriptAttributes: ['b()', 'b()'] });
		expect(policy).toContain(`script-src 'self' 'wasm-unsafe-eval' ${hash('a()')}`);
		expect(policy).toContain(`script-src-attr 'unsafe-hashes' ${hash('b()')};`);
	});
	it('hashes as browsers do (SHA-256 of the UTF-8 text, base64)', () => {
		expect(hash('')).toBe("'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='");
	});
	it('adds the headers a _headers file can carry and a meta tag cannot', () => {
		const file = headersFile(policyFor(empty), 'assets/search.js');
		expect(file).toMatch(/^\/\*\n/);
		// The search script names the index's files by their hashes: a copy from before a redeploy is not used unasked.
		expect(file).toMatch(/\n\/assets\/search\.js\n {2}Cache-Control: no-cache\n/);
		expect(file).toContain("frame-ancestors 'none'");
		expect(file).toContain('X-Content-Type-Options: nosniff');
		expect(file).toContain('Referrer-Policy: strict-origin-when-cross-origin');
		expect(file).toContain('Permissions-Policy:');
	});
});

describe('the running head’s style', () => {
	it('is known by its shape: text in CSS strings, nothing else', async () => {
		const { runningHeadCss, isRunningHeadCss } = await import('../../src/site/print-head.ts');
		const css = runningHeadCss('A “briefing”', '2024-11-29', 'Section 1: Background', [{ id: 'background', label: 'Section 1' }]);
		expect(isRunningHeadCss(css)).toBe(true);
		expect(isRunningHeadCss(`${css}body{display:none}`)).toBe(false);
		// No text can close the style element: “<” is written as an escape.
		const sneaky = runningHeadCss('x</style><script>alert(1)</script>', '2024-11-29', 'y');
		expect(sneaky).not.toContain('<');
		expect(isRunningHeadCss(sneaky)).toBe(true);
		// With the page's address at its foot, where the site has one.
		const addressed = runningHeadCss('A', '2024-11-29', 'y', [], 'https://example.org/b/x.html?a="1"');
		expect(addressed).toContain('@bottom-left{content:"https://example.org/b/x.html?a=\\"1\\""}');
		expect(isRunningHeadCss(addressed)).toBe(true);
	});
});
