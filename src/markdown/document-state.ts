/**
 * A plugin's state for one document, kept by the document's own data bag
 * (`ctx.data`, shared by every pass of one compile, Markdown and HTML): a
 * plugin object serves every section of the build, and nothing here
 * assumes one section is compiled at a time. The plugin's last pass
 * forgets it (`forget`): a state holding Sätteri's nodes would otherwise
 * keep each section's whole tree for as long as Astro keeps its data.
 */
export function perDocument<T extends object, C extends { readonly data: object }>(make: (ctx: C) => T): ((ctx: C) => T) & { forget(ctx: C): void } {
	const states = new WeakMap<object, T>();
	const state = (ctx: C) => {
		let found = states.get(ctx.data);
		if (!found) states.set(ctx.data, (found = make(ctx)));
		return found;
	};
	return Object.assign(state, { forget: (ctx: C) => void states.delete(ctx.data) });
}

/** What the plugins add to a section's frontmatter, where Astro reads it (`remarkPluginFrontmatter`). */
export function frontmatterOf(ctx: { readonly data: Record<string, unknown> }): Record<string, unknown> {
	return (((ctx.data.astro ??= {}) as { frontmatter?: Record<string, unknown> }).frontmatter ??= {});
}
