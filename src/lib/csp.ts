import { createHash } from 'node:crypto';

export interface InlineCode {
	scripts: string[];
	styles: string[];
	scriptAttributes: string[];
	styleAttributes: string[];
}

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

/** Security headers for hosts that read a `_headers` file (Netlify, Cloudflare Pages). */
export function headersFile(policy: string): string {
	return [
		'/*',
		`  Content-Security-Policy: ${policy}; frame-ancestors 'none'`,
		'  X-Content-Type-Options: nosniff',
		'  Referrer-Policy: strict-origin-when-cross-origin',
		'  Permissions-Policy: camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()',
		'  Cross-Origin-Opener-Policy: same-origin',
		'  X-Frame-Options: DENY',
		'',
	].join('\n');
}
