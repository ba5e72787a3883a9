import { describe, expect, it } from 'vitest';
import { countWords, readingMinutes } from '../../src/text/words.ts';

describe('words', () => {
	it('counts hyphenated, apostrophised and numeric forms as one word', () => {
		expect(countWords('Ukraine’s Euro-Atlantic path, 3–4 December, 10,000 troops.')).toBe(7);
		expect(countWords('')).toBe(0);
	});
	it('reads at 230 words a minute, never less than a minute', () => {
		expect(readingMinutes(100)).toBe(1);
		expect(readingMinutes(1500)).toBe(7);
	});
});
