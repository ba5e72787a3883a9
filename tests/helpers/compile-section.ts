import { pathToFileURL } from 'node:url';
import { mdxToJs } from 'satteri';
import { markdownOptions } from '../../src/markdown/plugins.ts';

export interface CompiledSection {
	/** What the plugins added to the section's frontmatter (words, citations, components…). */
	frontmatter: Record<string, unknown>;
	/** The hast tree after every plugin, as JSON, for the tests to read its markup. */
	tree: string;
}

/**
 * A section's MDX through the build's Markdown pipeline, exactly as Astro
 * runs it: Sätteri with our plugins (src/markdown/plugins.ts), without a
 * build. `path` is the file's absolute path (messages name it); `content`
 * the folder of the data files the plugins read.
 */
export async function compileSection(mdx: string, path: string, content: URL): Promise<CompiledSection> {
	const options = markdownOptions(content);
	let tree = '';
	const capture = { name: 'capture-tree', after: (root: unknown) => void (tree = JSON.stringify(root)) };
	const result = await mdxToJs(mdx, {
		...options,
		hastPlugins: [...options.hastPlugins, capture as never],
		fileURL: pathToFileURL(path),
		jsxImportSource: 'astro',
		elementAttributeNameCase: 'html',
		data: { astro: { frontmatter: {}, headings: [], localImagePaths: new Set(), remoteImagePaths: new Set() } },
	});
	return { frontmatter: (result.data.astro as { frontmatter: Record<string, unknown> }).frontmatter, tree };
}
