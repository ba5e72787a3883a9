import { describe, expect, it } from 'vitest';
import { nextFocus } from '../../src/client/search/result-keys.ts';

describe('nextFocus', () => {
	it('moves down and up the results, stopping at the last and leaving the first for the box', () => {
		expect(nextFocus('ArrowDown', 0, 5)).toBe(1);
		expect(nextFocus('ArrowDown', 4, 5)).toBe(4);
		expect(nextFocus('ArrowUp', 3, 5)).toBe(2);
		expect(nextFocus('ArrowUp', 0, 5)).toBe(-1);
	});
	it('goes to the first and the last with Home and End, and leaves other keys alone', () => {
		expect(nextFocus('Home', 3, 5)).toBe(0);
		expect(nextFocus('End', 1, 5)).toBe(4);
		expect(nextFocus('Enter', 1, 5)).toBeUndefined();
		expect(nextFocus('a', 1, 5)).toBeUndefined();
	});
});
