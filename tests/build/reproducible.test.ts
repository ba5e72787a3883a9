import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { buildProject, makeProject, removeProject } from '../helpers/project.ts';
import { dist } from './dist.ts';

async function hashes(dir: string): Promise<Map<string, string>> {
	const out = new Map<string, string>();
	for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
		if (!entry.isFile()) continue;
		const path = join(entry.parentPath, entry.name);
		out.set(relative(dir, path), createHash('sha256').update(await readFile(path)).digest('hex'));
	}
	return out;
}

const made: string[] = [];
afterAll(() => Promise.all(made.map(removeProject)));

it('builds byte for byte the same site again, from a clean copy elsewhere, as the clean build the tests run on', async () => {
	const copy = await makeProject();
	made.push(copy);
	// The tests' own build (tests/setup/build-site.ts) started clean too, in another folder at another time.
	const second = await buildProject(copy);
	expect(second.ok, second.output).toBe(true);
	const [a, b] = await Promise.all([hashes(dist()), hashes(second.dist)]);
	expect([...a.keys()].sort()).toEqual([...b.keys()].sort());
	const differ = [...a].filter(([path, h]) => b.get(path) !== h).map(([path]) => path);
	expect(differ, 'files that differ between two builds').toEqual([]);
	expect(a.size).toBeGreaterThan(20);
	expect([...a.keys()].some((p) => p.startsWith('pagefind/'))).toBe(true);
	expect(a.has('pagefind/pagefind.disk.js')).toBe(true);
	// The offline editions are compared with the rest: the zip, the EPUB and the worker that names the build's version.
	for (const edition of ['briefing.zip', 'briefing.epub', 'service-worker.js']) expect(a.has(edition), edition).toBe(true);
}, 240_000);
