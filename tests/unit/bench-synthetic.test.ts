import { execFile } from 'node:child_process';
import { cp, mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { expect, it } from 'vitest';
import { writeSyntheticContent } from '../../bench/synthetic.ts';
import { checkContent } from '../helpers/check-content.ts';
import { ROOT } from '../helpers/project.ts';

// The bench's synthetic briefings are built at 200 and 1,000 sections, minutes of work that no test runs: a check
// the build gained (a later source cited outside the dated note) had made every one of them fail unnoticed.
it('the bench’s synthetic briefing passes every check the build makes of its content', async () => {
	const dir = await mkdtemp(join(tmpdir(), 'synthetic-'));
	try {
		await cp(join(ROOT, 'content'), dir, { recursive: true });
		// Enough sections, three sources each, to cite every source in the register, as the bench's do.
		await writeSyntheticContent(join(ROOT, 'content'), dir, 40);
		await expect(checkContent(dir)).resolves.toBeUndefined();
	} finally {
		await rm(dir, { recursive: true, force: true });
	}
	// 3.6 s beside the rest of the suite, over the default 5 s once the machine was busier still.
}, 30_000);

// The bench runs on plain Node, which strips the types of it and of the sources it imports, where the tests run
// through Vite: a constructor's parameter properties in src/data/yaml.ts, which Node cannot strip, had stopped
// `npm run bench` before it built anything, the tests all passing.
it('the bench’s modules load on plain Node', async () => {
	// run.ts and shots.ts measure as they load; run.ts imports all the others, and a check for the syntax is in the type check.
	const modules = (await readdir(join(ROOT, 'bench'))).filter((f) => f.endsWith('.ts') && !['run.ts', 'shots.ts'].includes(f));
	expect(modules).toContain('synthetic.ts');
	const code = `for (const m of ${JSON.stringify(modules.map((m) => `./bench/${m}`))}) await import(m);`;
	await expect(promisify(execFile)(process.execPath, ['--input-type=module', '-e', code], { cwd: ROOT })).resolves.toBeDefined();
}, 30_000);
