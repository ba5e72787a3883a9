/**
 * A plugin's state for one document, kept by the document's own data bag
 * (`ctx.data`, shared by every pass of one compile, Markdown and HTML): a
 * plugin object serves every section of the build, and nothing here
 * assumes one section is compiled at a time.
 */
export function perDocument<T extends object, C extends { readonly data: object }>(make: (ctx: C) => T): (ctx: C) => T {
	const states = new WeakMap<object, T>();
	return (ctx) => {
		let state = states.get(ctx.data);
		if (!state) states.set(ctx.data, (state = make(ctx)));
		return state;
	};
}

/** What the plugins add to a section's frontmatter, where Astro reads it (`remarkPluginFrontmatter`). */
export function frontmatterOf(ctx: { readonly data: Record<string, unknown> }): Record<string, unknown> {
	return (((ctx.data.astro ??= {}) as { frontmatter?: Record<string, unknown> }).frontmatter ??= {});
}
