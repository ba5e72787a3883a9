import { transform } from 'esbuild';

/**
 * A stylesheet minified for a <style> in a page's head, by esbuild (already
 * the build's own minifier). The result is hashed into the page's Content
 * Security Policy, so it must be the same bytes for the same input, which
 * esbuild guarantees for one version.
 */
export async function minifyCss(css: string, file: string): Promise<string> {
	const result = await transform(css, { loader: 'css', minify: true, sourcefile: file, logLevel: 'silent' }).catch((error: Error) => {
		throw new Error(`${file}: the stylesheet does not parse: ${error.message}`);
	});
	if (result.warnings.length > 0) {
		const [first] = result.warnings;
		throw new Error(`${file}:${first.location?.line ?? 0}: ${first.text}`);
	}
	return result.code.trim();
}
