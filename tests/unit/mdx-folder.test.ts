import { describe, expect, it } from 'vitest';
import { readFirst } from '../../src/loaders/mdx-folder.ts';

describe('readFirst', () => {
	// Astro's MDX reader, as it answers a field written twice: in js-yaml's words, before any loader of ours sees the file.
	const astro = {
		extensions: ['.mdx'],
		getEntryInfo: async ({ contents }: { contents: string }) => {
			if (/^order:[^]*^order:/m.test(contents)) throw new Error('duplicated mapping key');
			return { data: { read: 'by js-yaml' }, body: contents.split('---\n')[2] };
		},
	};
	const params = (contents: string) => ({ fileUrl: new URL('file:///content/sections/01-first.mdx'), contents });

	it('reads the file with the briefing’s reader before Astro’s, so the mistake is explained in its words', async () => {
		const ours = readFirst(astro, (path) => {
			throw new Error(`${path}:3: order: Map keys must be unique`);
		});
		await expect(ours.getEntryInfo(params('---\norder: 1\norder: 2\n---\nText.\n'))).rejects.toThrow('/content/sections/01-first.mdx:3: order: Map keys must be unique');
	});
	it('gives the data the briefing’s reader read, and the rest as Astro read it', async () => {
		const ours = readFirst(astro, () => ({ order: 1 }));
		expect(await ours.getEntryInfo(params('---\norder: 1\n---\nText.\n'))).toEqual({ data: { order: 1 }, body: 'Text.\n' });
		expect(ours.extensions).toEqual(['.mdx']);
	});
});
