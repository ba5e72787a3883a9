import { describe, expect, it } from 'vitest';
import { editDistance } from '../../src/text/edit-distance.ts';

describe('editDistance', () => {
	it('counts inserts, deletes, replacements, and a swap of two neighbours as one edit', () => {
		expect(editDistance('rute', 'rutte', 2)).toBe(1);
		expect(editDistance('brussels', 'brusels', 2)).toBe(1);
		expect(editDistance('stoltenburg', 'stoltenberg', 2)).toBe(1);
		expect(editDistance('bucharets', 'bucharest', 2)).toBe(1);
		expect(editDistance('kyiv', 'kyiv', 2)).toBe(0);
		expect(editDistance('membrship', 'memberships', 2)).toBe(2);
	});
	it('stops at one more than the most it is asked about', () => {
		expect(editDistance('blinkin', 'brussels', 2)).toBe(3);
		expect(editDistance('nato', 'northatlantic', 1)).toBe(2);
		// A swap late in the word still counts as one, even after rows that were past the limit.
		expect(editDistance('ab', 'ba', 1)).toBe(1);
	});
	it('measures ids as it does words: a swap of two digits is one edit, and the empty string is its other’s length away', () => {
		expect(editDistance('rutte', 'rutte', 10)).toBe(0);
		expect(editDistance('rute', 'rutte', 10)).toBe(1);
		expect(editDistance('rutte', 'ruttr', 10)).toBe(1);
		expect(editDistance('unn-2024-10-71', 'unn-2024-10-17', 10)).toBe(1);
		expect(editDistance('', 'abc', 10)).toBe(3);
	});
});
