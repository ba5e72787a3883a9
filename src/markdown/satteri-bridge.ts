import { fileURLToPath } from 'node:url';
import type { MdastPluginDefinition } from 'satteri';
import { VFile } from 'vfile';

/** A unified plugin: called with its options, it returns a transformer of the tree. */
type Attacher = (...options: never[]) => (tree: never, file: VFile) => void;
export type PluginList = (Attacher | [Attacher, unknown])[];

/** What the bridge needs of Sätteri's visitor context. */
interface Context {
	readonly fileURL: URL | undefined;
	readonly source: string;
	readonly data: Record<string, unknown>;
}

/**
 * A plain, changeable copy of one of Sätteri's trees or subtrees, whose nodes
 * are frozen and read lazily: what a round trip through JSON makes (no
 * undefined values, no functions), at half its cost, which was a third of
 * our plugins' time.
 */
export function plainCopy(value: unknown): unknown {
	if (Array.isArray(value)) return value.map(plainCopy);
	if (value === null || typeof value !== 'object') return value;
	const copy: Record<string, unknown> = {};
	for (const key of Object.keys(value)) {
		const field = (value as Record<string, unknown>)[key];
		if (field !== undefined && typeof field !== 'function') copy[key] = plainCopy(field);
	}
	return copy;
}

/**
 * Our remark plugins, in order, as one function of a document's tree: the
 * tree, which Sätteri hands over lazily, is read in full into plain objects
 * that the plugins may change, and returned changed.
 * Their vfile carries Sätteri's document data, where Astro reads the
 * frontmatter the plugins add (`data.astro.frontmatter`).
 */
function runner(plugins: PluginList) {
	const transformers = plugins.map((entry) => {
		const [attacher, options] = Array.isArray(entry) ? entry : [entry, undefined];
		return attacher(options as never);
	});
	return <T>(root: Readonly<T>, ctx: Context): T => {
		const tree = plainCopy(root) as T;
		const file = new VFile({ path: ctx.fileURL ? fileURLToPath(ctx.fileURL) : undefined, value: ctx.source, data: ctx.data });
		for (const transform of transformers) transform(tree as never, file);
		return tree;
	};
}

/*
 * Sätteri, Astro 7's Markdown processor, parses and compiles in Rust; its
 * plugins are visitors. This runs the briefing's remark plugins, which are
 * ordinary unified plugins on the same mdast shapes (and tested as such),
 * on its tree once the Markdown is parsed, with positions, so that a
 * problem is reported at its line. The rehype plugins are Sätteri's own
 * visitors, handed only the nodes they ask for: handing them each whole
 * tree and back, as this does, was half the cost of our plugins.
 */
export function mdastBridge(plugins: PluginList): MdastPluginDefinition {
	const run = runner(plugins);
	return { name: 'briefing-remark-plugins', options: { position: true }, before: (root, ctx) => ctx.replaceNode(root, run(root, ctx)) };
}
