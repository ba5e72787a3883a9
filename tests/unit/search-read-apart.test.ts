import { describe, expect, it } from 'vitest';
import { readApart, type PagefindData, type PagefindResult } from '../../src/client/search/engine.ts';

/**
 * A record as Pagefind's main-thread engine hands it out: one object, which
 * each read fills with its own search's excerpt once the record has loaded.
 */
function record(id: string) {
	const shared = { url: `/${id}.html`, excerpt: '' } as PagefindData;
	const loaded = Promise.resolve();
	return (term: string): PagefindResult => ({
		id,
		score: 1,
		data: async () => {
			await loaded;
			await loaded;
			shared.excerpt = `<mark>${term}</mark>`;
			return shared;
		},
	});
}

describe('a record read by two searches at once', () => {
	it('gives each the excerpt of its own search, as Pagefind alone does not', async () => {
		const of = record('background');
		const [first, second] = await Promise.all([of('nato').data(), of('ukraine').data()]);
		// Pagefind alone: both read the object the later read wrote.
		expect([first.excerpt, second.excerpt]).toEqual(['<mark>ukraine</mark>', '<mark>ukraine</mark>']);
		const [mine, theirs] = await Promise.all([readApart(of('nato')).data(), readApart(of('ukraine')).data()]);
		expect([mine.excerpt, theirs.excerpt]).toEqual(['<mark>nato</mark>', '<mark>ukraine</mark>']);
	});

	it('reads a record afresh after a read of it failed', async () => {
		let fails = true;
		const flaky: PagefindResult = {
			id: 'flaky',
			score: 1,
			data: async () => {
				if (fails) throw new Error('could not load');
				return { url: '/flaky.html', excerpt: 'read' } as PagefindData;
			},
		};
		await expect(readApart(flaky).data()).rejects.toThrow('could not load');
		fails = false;
		expect((await readApart(flaky).data()).excerpt).toBe('read');
	});

	it('reads other records side by side, not one after another', async () => {
		let reading = 0;
		let most = 0;
		const slow = (id: string): PagefindResult => ({
			id,
			score: 1,
			data: async () => {
				most = Math.max(most, ++reading);
				await new Promise((resolve) => setTimeout(resolve, 5));
				reading--;
				return { url: `/${id}.html`, excerpt: id } as PagefindData;
			},
		});
		await Promise.all(['a', 'b', 'c'].map((id) => readApart(slow(id)).data()));
		expect(most).toBe(3);
	});
});
