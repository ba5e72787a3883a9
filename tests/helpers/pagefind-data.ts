import type { PagefindData } from '../../src/client/search/engine.ts';

/** A result as Pagefind gives it, with this excerpt and a sub-result per heading excerpt in `subs`. */
export const pagefindData = (excerpt: string, subs: string[] = []): PagefindData => ({
	url: '/a.html',
	excerpt,
	meta: { title: 'A' },
	filters: {},
	sub_results: subs.map((s, i) => ({ title: `H${i}`, url: `/a.html#h${i}`, excerpt: s })),
});
