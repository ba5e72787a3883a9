import { describe, expect, it } from 'vitest';
import { listed } from '../../src/text/lists.ts';

describe('lists', () => {
	it('join names as a British sentence does, with no comma before “and”', () => {
		expect([[], ['Poland'], ['Poland', 'Romania'], ['Poland', 'Romania', 'Hungary']].map(listed)).toEqual(['', 'Poland', 'Poland and Romania', 'Poland, Romania and Hungary']);
	});
});
