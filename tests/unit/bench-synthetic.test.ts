import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { writeSyntheticContent } from '../../bench/synthetic';
import { checkContent } from '../helpers/check-content';
import { ROOT } from '../helpers/project';

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
});
