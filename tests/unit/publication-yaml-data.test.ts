import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { z } from 'astro/zod';
import { afterAll, describe, expect, it } from 'vitest';
import { yamlData } from '../../src/publication/yaml-data';

/*
 * The loader itself, run with a plain map for Astro's data store (the build
 * tests and the bad-input matrix run it inside real builds).
 */
const dirs: string[] = [];
afterAll(() => Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true }))));

const schema = z.object({ title: z.string(), licence: z.object({ url: z.url({ protocol: /^https$/ }) }).strict() }).strict();
const log = z.object({ date: z.string(), kind: z.enum(['update', 'correction']) }).strict();

async function load(text: string, s: z.ZodType, name = 'data.yaml') {
	const dir = await mkdtemp(join(tmpdir(), 'yaml-data-'));
	dirs.push(dir);
	await writeFile(join(dir, name), text);
	const entries = new Map<string, unknown>();
	const store = { clear: () => entries.clear(), set: ({ id, data }: { id: string; data: unknown }) => entries.set(id, data) };
	const context = { config: { root: pathToFileURL(`${dir}/`) }, store, parseData: async ({ data }: { data: unknown }) => data, watcher: undefined };
	await yamlData(`./${name}`, s).load(context as never);
	return entries;
}

describe('the YAML data loader', () => {
	it('loads a mapping as one entry named after its file', async () => {
		const entries = await load('title: A\nlicence:\n  url: https://example.org/\n', schema, 'briefing.yaml');
		expect([...entries]).toEqual([['briefing', { title: 'A', licence: { url: 'https://example.org/' } }]]);
	});

	it('loads a list as entries numbered from 1, and an empty list as none', async () => {
		const entries = await load('- date: "2024-12-04"\n  kind: update\n- date: "2024-12-05"\n  kind: correction\n', log);
		expect([...entries.keys()]).toEqual(['1', '2']);
		expect((await load('[]\n', log)).size).toBe(0);
	});

	it('names the line of the field at fault, in a mapping and in a list', async () => {
		await expect(load('title: A\nlicence:\n  url: http://example.org/\n', schema)).rejects.toThrow(/^\.\/data\.yaml:3: licence\.url: /);
		await expect(load('- date: "2024-12-04"\n  kind: update\n- date: "2024-12-05"\n  kind: erratum\n', log)).rejects.toThrow(/^\.\/data\.yaml:4: entry 2: kind: /);
	});

	it('names the entry’s line for a missing field, and refuses a misspelt one', async () => {
		await expect(load('- date: "2024-12-04"\n', log)).rejects.toThrow(/^\.\/data\.yaml:1: entry 1: kind: /);
		await expect(load('title: A\nlicence:\n  url: https://example.org/\ntitel: B\n', schema)).rejects.toThrow(/^\.\/data\.yaml:1: .*titel/);
	});

	it('says which file is missing', async () => {
		const dir = await mkdtemp(join(tmpdir(), 'yaml-data-'));
		dirs.push(dir);
		const context = { config: { root: pathToFileURL(`${dir}/`) }, store: { clear() {}, set() {} }, parseData: async () => ({}) };
		await expect(yamlData('./content/briefing.yaml', schema).load(context as never)).rejects.toThrow(/^\.\/content\/briefing\.yaml: missing/);
	});

	it('refuses YAML that does not parse, or that is neither a mapping nor a list', async () => {
		await expect(load('title: [A\n', schema)).rejects.toThrow(/^\.\/data\.yaml:\d+: /);
		await expect(load('just text\n', schema)).rejects.toThrow(/expected a mapping of fields, or a list of entries/);
	});
});
