import type { HastVisitorContext } from 'satteri';

/**
 * A plugin's state for one document, kept by the document's own data bag
 * (`ctx.data`, shared by every pass of one compile): a plugin object serves
 * every section of the build, and nothing here assumes one section is
 * compiled at a time.
 */
export function perDocument<T extends object>(make: (ctx: HastVisitorContext) => T): (ctx: HastVisitorContext) => T {
	const states = new WeakMap<object, T>();
	return (ctx) => {
		let state = states.get(ctx.data);
		if (!state) states.set(ctx.data, (state = make(ctx)));
		return state;
	};
}
