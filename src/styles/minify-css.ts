import { transform } from 'esbuild';

/**
 * A stylesheet of ours minified by esbuild, which compiles the reader's
 * scripts too: a figure's, for a <style> in the head of the pages that show
 * it, and the search results', which comes with the search script. A figure's
 * is hashed into the page's Content Security Policy, so it must be the same
 * bytes for the same input, which esbuild guarantees for one version. A
 * warning stops the build, naming the file and line: a rule esbuild cannot
 * read would otherwise reach readers dropped.
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
