import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { DATA_FILES } from '../../src/data/schemas.ts';
import { yamlCollection } from '../../src/loaders/yaml-collection.ts';

/** Each test's own project folder, with an empty content/ in it. */
let root = '';
afterEach(() => rmSync(root, { recursive: true, force: true }));
const project = () => {
	root = mkdtempSync(join(tmpdir(), 'yaml-collection-'));
	mkdirSync(join(root, 'content'));
	return join(root, 'content/glossary.yaml');
};

/** What the glossary's loader stores from `content/glossary.yaml` under `root`, or the error it stops the build with. */
async function load(): Promise<{ stored: string[] } | { error: Error & { hint?: string } }> {
	const stored: string[] = [];
	const store = { clear: () => stored.splice(0), set: ({ id }: { id: string }) => stored.push(id) };
	const { file, shape, schema } = DATA_FILES.glossary;
	try {
		await yamlCollection(`./${file}`, shape, schema).load({ config: { root: pathToFileURL(`${root}/`) }, store, parseData: async ({ data }: { data: unknown }) => data } as never);
		return { stored };
	} catch (error) {
		return { error: error as Error };
	}
}

describe('yamlCollection', () => {
	it('stores each entry of the file by its id', async () => {
		writeFileSync(project(), '- id: consensus\n  term: consensus\n  definition: Agreement of all.\n  sources: [nato-consensus]\n');
		expect(await load()).toEqual({ stored: ['consensus'] });
	});

	it('says a data file that is not there is missing, and where the README lists them', async () => {
		project();
		const outcome = await load();
		expect('error' in outcome && outcome.error.message).toBe('content/glossary.yaml: missing');
		expect('error' in outcome && outcome.error.hint).toMatch(/README/);
	});

	it('says why a data file that is there cannot be read, rather than that it is missing', async () => {
		mkdirSync(project());
		const outcome = await load();
		expect('error' in outcome && outcome.error.message).toMatch(/^content\/glossary\.yaml: cannot be read: EISDIR/);
	});
});
