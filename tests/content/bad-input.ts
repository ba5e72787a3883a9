import { cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent } from '../helpers/check-content.ts';
import { buildInProcess, makeProject, removeProject, ROOT } from '../helpers/project.ts';
import { CASES, type BadInput } from './bad-input.cases.ts';

const FIXTURE = join(ROOT, 'tests/fixtures/minimal');
const LAST_GOOD = '<!doctype html><title>The last good build</title>';

/** The fixture's content with one case's changes, in a folder of its own. */
async function contentWith(change: BadInput | undefined, into: string): Promise<void> {
	await cp(FIXTURE, into, { recursive: true });
	for (const [file, from, to] of change?.edit ?? []) {
		const path = join(into, file);
		const text = await readFile(path, 'utf8');
		const edited = text.replace(from, to);
		if (edited === text) throw new Error(`case "${change!.name}": the edit did not apply to ${file}`);
		await writeFile(path, edited);
	}
	for (const [path, text] of Object.entries(change?.files ?? {})) {
		const target = join(into, path);
		if (text === null) await rm(target);
		else {
			await mkdir(dirname(target), { recursive: true });
			await writeFile(target, text);
		}
	}
}

/** The problems a message lists one to a line (“3 problems in content/…:”, then each at its place). */
const listedProblems = (message: string) => message.split('\n').filter((line) => /^ {2}\S+:\d+(?::\d+)?: /.test(line));
/** A pattern that says what the problem is, not only where: one that matches no bare place. */
const saysWhat = (pattern: RegExp) => !['content/sections/01-first.mdx:1:1: ', 'content/sections/02-second.mdx:1:1: '].some((place) => pattern.test(place));

const messageOf = async (run: () => Promise<unknown>): Promise<string | undefined> => {
	try {
		await run();
		return undefined;
	} catch (error) {
		// With its hint, as the build prints it.
		const { message, hint } = error as Error & { hint?: string };
		return hint ? `${message}\nHint: ${hint}` : message;
	}
};

/**
 * Every case through the functions the build calls for its layer, in
 * milliseconds (`part` "checks"); the `links` cases, and one case per layer,
 * through a full build of a copy of the project (`part` "builds"), run in
 * one process so Astro is loaded once for all of them.
 */
export function runBadInputMatrix(part: 'checks' | 'builds') {
	const made: string[] = [];
	afterAll(() => Promise.all(made.map(removeProject)));

	if (part === 'checks') {
		it('holds at least 45 cases, each with the message it must give, as many as the README says', async () => {
			expect(CASES.length).toBeGreaterThanOrEqual(45);
			expect(new Set(CASES.map((c) => c.name)).size).toBe(CASES.length);
			// The README gives the count twice; it had fallen behind the cases added since.
			const readme = await readFile(new URL('../../README.md', import.meta.url), 'utf8');
			const stated = [...readme.matchAll(/bad-input\.cases\.ts`(?: holds|) \(?(\d+)/g)].map((m) => Number(m[1]));
			expect(stated, 'the README’s counts of bad-input cases').toEqual([CASES.length, CASES.length]);
		});

		it('starts from a fixture that passes every check, so each failure is the broken input’s doing', async () => {
			const dir = await mkdtemp(join(tmpdir(), 'content-'));
			made.push(dir);
			await contentWith(undefined, dir);
			await checkContent(dir);
		});

		it('passes by what a system or an editor leaves beside the sections, which is no section', async () => {
			// A .DS_Store or an editor's backup had stopped the build as “not a section file name” (an author's trial).
			const dir = await mkdtemp(join(tmpdir(), 'content-'));
			made.push(dir);
			await contentWith({ name: 'leftovers', layer: 'names', files: { 'sections/.DS_Store': '', 'sections/.02-second.mdx.swp': '', 'sections/02-second.mdx~': '' }, expect: [] }, dir);
			await checkContent(dir);
		});

		describe.each(CASES.filter((c) => c.layer !== 'links'))('bad input ($layer): $name', (change) => {
			it('is stopped by the build’s own checks, naming the file and the line or field', async () => {
				const dir = await mkdtemp(join(tmpdir(), 'content-'));
				made.push(dir);
				await contentWith(change, dir);
				const message = await messageOf(() => checkContent(dir));
				expect(message, `${change.name} passed the checks`).toBeDefined();
				for (const pattern of change.expect) expect(message).toMatch(pattern);
				// Every problem listed is one the case expects: a second, wrong message for the same input (a note label
				// told it must be one word, when it was only never defined) had passed unseen.
				for (const problem of listedProblems(message!)) expect(change.expect.filter(saysWhat).some((p) => p.test(problem)), `${change.name}: a problem not expected: ${problem}`).toBe(true);
			});
		});
	}

	if (part !== 'builds') return;
	describe.each(CASES.filter((c) => c.build))('bad input, full build ($layer): $name', (change) => {
		it('stops the build with the same message', async () => {
			const dir = await makeProject({ files: {} , from: FIXTURE });
			made.push(dir);
			await rm(join(dir, 'content'), { recursive: true });
			await contentWith(change, join(dir, 'content'));
			// The last good build, which a failed one must leave as it was, in whichever step it fails.
			await mkdir(join(dir, 'dist'));
			await writeFile(join(dir, 'dist', 'index.html'), LAST_GOOD);
			const { ok, output } = await buildInProcess(dir);
			expect(ok, `the build passed despite ${change.name}`).toBe(false);
			for (const pattern of [...change.expect, ...(change.buildExpect ?? [])]) expect(output, output).toMatch(pattern);
			expect(await readdir(join(dir, 'dist'))).toEqual(['index.html']);
			expect(await readFile(join(dir, 'dist', 'index.html'), 'utf8')).toBe(LAST_GOOD);
			// Stopped after Astro wrote the pages, the build leaves them where they can be looked at.
			if (change.layer === 'links') {
				expect(await readFile(join(dir, '.dist-building', 'second.html'), 'utf8')).toContain('/frist.html#a-heading');
				expect(output).toMatch(/The last good build is still in dist\/; this failed build’s files are in \.dist-building\/, to look at\./);
			}
		}, 120_000);
	});
}
