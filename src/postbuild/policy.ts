import { createHash } from 'node:crypto';
import type { InlineCode, PageFacts } from './page-pass.ts';

export const hash = (code: string) => `'sha256-${createHash('sha256').update(code, 'utf8').digest('base64')}'`;
const hashes = (codes: string[]) => [...new Set(codes)].sort().map(hash);

/**
 * The Content Security Policy for a page, given the inline code it holds.
 *
 * Scripts and styles come from the site itself; inline ones are allowed by
 * hash only. Event-handler attributes (the on-demand loaders) need
 * 'unsafe-hashes', confined to `script-src-attr`, so no other inline script
 * can use those hashes. 'wasm-unsafe-eval' is for Pagefind's WebAssembly,
 * nothing else. Nothing is allowed from any other origin.
 */
export function policyFor(code: InlineCode): string {
	const list = (items: string[]) => items.join(' ');
	const scriptAttributes = hashes(code.scriptAttributes);
	const styleAttributes = hashes(code.styleAttributes);
	const directives = [
		"default-src 'none'",
		`script-src ${list(["'self'", "'wasm-unsafe-eval'", ...hashes(code.scripts)])}`,
		`script-src-attr ${scriptAttributes.length ? list(["'unsafe-hashes'", ...scriptAttributes]) : "'none'"}`,
		`style-src ${list(["'self'", ...hashes(code.styles)])}`,
		`style-src-attr ${styleAttributes.length ? list(["'unsafe-hashes'", ...styleAttributes]) : "'none'"}`,
		"img-src 'self' data:",
		"font-src 'self'",
		"connect-src 'self'",
		"worker-src 'self'",
		"manifest-src 'self'",
		"form-action 'self'",
		"base-uri 'self'",
		"object-src 'none'",
	];
	return directives.join('; ');
}

export function mergeInlineCode(all: InlineCode[]): InlineCode {
	return {
		scripts: all.flatMap((c) => c.scripts),
		styles: all.flatMap((c) => c.styles),
		scriptAttributes: all.flatMap((c) => c.scriptAttributes),
		styleAttributes: all.flatMap((c) => c.styleAttributes),
	};
}

/**
 * Security headers for hosts that read a `_headers` file (Netlify, Cloudflare
 * Pages); and the search script asked after again each time it is used: its
 * name is fixed, but it names the index's files, whose names change with the
 * index, and a copy kept from before a redeploy would ask for files gone.
 */
export function headersFile(policy: string, searchScript: string): string {
	return [
		'/*',
		`  Content-Security-Policy: ${policy}; frame-ancestors 'none'`,
		'  X-Content-Type-Options: nosniff',
		'  Referrer-Policy: strict-origin-when-cross-origin',
		'  Permissions-Policy: camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()',
		'  Cross-Origin-Opener-Policy: same-origin',
		'  X-Frame-Options: DENY',
		`/${searchScript}`,
		'  Cache-Control: no-cache',
		'',
	].join('\n');
}

/** The inline code the site's own components and build steps write, and nothing else. */
export interface KnownInlineCode {
	/** Event-handler attributes, exactly (the on-demand loaders). */
	scriptAttributes: ReadonlySet<string>;
	/** Whether a `<style>` element's text is one the site writes. */
	isKnownStyle(css: string): boolean;
}

const snippet = (code: string) => {
	const flat = code.replace(/\s+/g, ' ').trim();
	return `“${flat.length > 80 ? `${flat.slice(0, 77)}…` : flat}”`;
};

/**
 * What a page holds inline that no part of the site writes: an inline
 * script of any kind, a handler or style the site does not emit, a style
 * attribute, a JSON block that is not JSON, a refresh or a frame. Hashing
 * whatever a page holds would bless anything that reached it; the policy
 * allows only what the site is known to write, and the build stops on the
 * rest, naming the page, its source and the code.
 */
export function unknownInlineCode(page: PageFacts, known: KnownInlineCode): string[] {
	const where = page.source ? `${page.path} (from ${page.source})` : page.path;
	const problems: string[] = [];
	for (const script of page.inline.scripts) problems.push(`${where}: an inline <script> no part of the site writes: ${snippet(script)}`);
	for (const handler of page.inline.scriptAttributes) {
		if (!known.scriptAttributes.has(handler)) problems.push(`${where}: an event-handler attribute no part of the site writes: ${snippet(handler)}`);
	}
	for (const css of page.inline.styles) {
		if (!known.isKnownStyle(css)) problems.push(`${where}: an inline <style> no part of the site writes: ${snippet(css)}`);
	}
	for (const style of page.inline.styleAttributes) problems.push(`${where}: a style attribute (the site writes none): ${snippet(style)}`);
	for (const json of page.json) {
		let ok = !/<\/script/i.test(json);
		try {
			JSON.parse(json);
		} catch {
			ok = false;
		}
		if (!ok) problems.push(`${where}: a JSON block that is not plain JSON: ${snippet(json)}`);
	}
	for (const thing of page.forbidden) problems.push(`${where}: ${thing}, which no page of the site may hold`);
	return problems;
}
