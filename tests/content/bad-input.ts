import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildProject, makeProject, removeProject, ROOT } from '../helpers/project';
import { CASES, type BadInput } from './bad-input.cases';

const FIXTURE = join(ROOT, 'tests/fixtures/minimal');

async function buildWith(change: BadInput | undefined, made: string[]) {
	const dir = await makeProject({ from: FIXTURE, files: change?.files });
	made.push(dir);
	for (const [file, from, to] of change?.edit ?? []) {
		const path = join(dir, 'content', file);
		const text = await readFile(path, 'utf8');
		const edited = text.replace(from, to);
		if (edited === text) throw new Error(`case "${change!.name}": the edit did not apply to ${file}`);
		await writeFile(path, edited);
	}
	return buildProject(dir);
}

/**
 * Builds the fixture with each broken input of one half of the matrix (the
 * two halves live in two test files, so they build on both cores).
 */
export function runBadInputMatrix(half: 0 | 1) {
	const made: string[] = [];
	afterAll(() => Promise.all(made.map(removeProject)));

	if (half === 0) {
		it('the minimal fixture itself builds, so each failure is the broken input’s doing', async () => {
			const { ok, output } = await buildWith(undefined, made);
			expect(ok, output).toBe(true);
		}, 120_000);
	}

	describe.each(CASES.filter((_, i) => i % 2 === half))('bad input: $name', (change) => {
		it('stops the build with a message naming the file and the field', async () => {
			const { ok, output } = await buildWith(change, made);
			expect(ok, `the build passed despite ${change.name}`).toBe(false);
			for (const pattern of change.expect) expect(output, output).toMatch(pattern);
		}, 120_000);
	});
}
