import { describe, expect, it } from 'vitest';
import { closest, didYouMean } from '../../src/text/did-you-mean.ts';

describe('didYouMean', () => {
	const sources = ['unn-2024-10-17', 'unn-2024-10-biden', 'reuters-2024-11-29', 'reuters-2024-11-28'];
	it('names the one known id close to an unknown one', () => {
		expect(didYouMean('unn-2024-10-71', sources)).toBe(' (did you mean "unn-2024-10-17"?)');
		expect(didYouMean('reuter-2024-11-29', sources)).toBe(' (did you mean "reuters-2024-11-29"?)');
	});
	it('names none where none is close, or two are as close', () => {
		expect(didYouMean('nato-2008-04-03', sources)).toBe('');
		expect(didYouMean('reuters-2024-11-2', sources)).toBe('');
		expect(didYouMean('x', [])).toBe('');
		// Too short to guess from: “g9” is one edit from “g1”, and from any other two-character id.
		expect(didYouMean('g9', ['g1'])).toBe('');
	});
});

describe('closest', () => {
	it('is the id didYouMean names, for messages that write it their own way', () => {
		expect(closest('frist.html', ['first.html', 'second.html'])).toBe('first.html');
		expect(closest('nato-2008-04-03', ['unn-2024-10-17'])).toBeUndefined();
		expect(closest('g9', ['g1'])).toBeUndefined();
	});
	it('gives the close known name itself, for a caller that acts on it', () => {
		expect(closest('sumary', ['title', 'summary', 'shortTitle'])).toBe('summary');
		expect(closest('publsher', ['publisher', 'title', 'type'])).toBe('publisher');
	});
	it('gives nothing where none is close, or two are as close', () => {
		expect(closest('author', ['title', 'summary', 'asOf'])).toBeUndefined();
		expect(closest('dates', ['date', 'dated'])).toBeUndefined();
	});
});
