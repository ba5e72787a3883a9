import { describe, expect, it } from 'vitest';
import { excerptShowing, type ExcerptSpan } from '../../src/client/search/excerpt-window.ts';
import { EXCERPT_LENGTH } from '../../src/client/search/engine.ts';

/** A record's text of `n` filler words with `words` at their places, and every one of them a match weighing 1. */
function record(n: number, words: Record<number, string>): ExcerptSpan {
	const text = Array.from({ length: n }, (_, i) => words[i] ?? `w${i}`);
	return { raw: text.join(' '), matches: Object.keys(words).map((at) => ({ location: Number(at), balanced_score: 1 })), from: 0, to: Infinity };
}

describe('excerptShowing', () => {
	// “invitation” three times in one paragraph, Crimea twice in the next: Pagefind's window is the first.
	const span = record(120, { 10: 'invitation', 14: 'invitation,', 20: 'invitation', 70: 'Crimea.', 72: 'invitation' });
	const pagefinds = '… w9 <mark>invitation</mark> w11 w12 w13 <mark>invitation,</mark> w15 w16 w17 w18 w19 <mark>invitation</mark> w21 …';

	it('moves the window to where it shows every word searched for, marked, the same length, cut with ellipses', () => {
		const excerpt = excerptShowing(['crimea', 'invitation'], pagefinds, span);
		expect(excerpt).toMatch(/^… /);
		expect(excerpt).toMatch(/ …$/);
		expect(excerpt).toContain('<mark>Crimea.</mark>');
		expect(excerpt).toContain('<mark>invitation</mark>');
		expect(excerpt.replace(/^… | …$/g, '').split(' ')).toHaveLength(EXCERPT_LENGTH);
		// The words stand inside it, not at its edge: the middle of the windows that show both.
		const words = excerpt.replace(/<\/?mark>/g, '').split(' ');
		expect(words.indexOf('Crimea.')).toBeGreaterThan(5);
		expect(words.indexOf('Crimea.')).toBeLessThan(words.length - 5);
	});

	it('keeps Pagefind’s excerpt when it shows every word, when one word was searched for, and when no window shows more', () => {
		const both = '<mark>Crimea</mark> and the <mark>invitation</mark>';
		expect(excerptShowing(['crimea', 'invitation'], both, span)).toBe(both);
		expect(excerptShowing(['invitation'], pagefinds, span)).toBe(pagefinds);
		const apart = record(200, { 10: 'invitation', 150: 'Crimea' });
		expect(excerptShowing(['crimea', 'invitation'], pagefinds, apart)).toBe(pagefinds);
	});

	it('stays within the part: no window reaches over the next heading', () => {
		const part = { ...span, from: 60, to: 80 };
		const excerpt = excerptShowing(['crimea', 'invitation'], pagefinds, part);
		expect(excerpt).toBe('w60 w61 w62 w63 w64 w65 w66 w67 w68 w69 <mark>Crimea.</mark> w71 <mark>invitation</mark> w73 w74 w75 w76 w77 w78 w79');
	});

	it('counts a word by its stem, as Pagefind matched it (“invited” answers “invitation”)', () => {
		const stems = record(120, { 10: 'Crimea', 11: 'Crimea', 12: 'Crimea', 60: 'invited', 66: 'Crimean' });
		expect(excerptShowing(['crimea', 'invitation'], '<mark>Crimea</mark> <mark>Crimea</mark> <mark>Crimea</mark>', stems)).toContain('<mark>invited</mark>');
	});

	it('keeps Pagefind’s where another window shows as many of the words, not more', () => {
		// “nato summit bucharest” had lost Bucharest for a window with a word rarer in its part.
		const part = record(150, { 5: 'weapons', 7: 'Ukraine', 9: 'weapons', 11: 'Ukraine', 100: 'non-nuclear', 104: 'weapons' });
		const pagefinds = '<mark>weapons</mark> w6 <mark>Ukraine</mark>';
		expect(excerptShowing(['nuclear', 'weapons', 'ukraine'], pagefinds, part)).toBe(pagefinds);
	});

	it('counts a word typed as a name only where the text writes it with a capital', () => {
		// “Mark Rutte” had moved to show “marking” beside Rutte.
		const entry = record(120, { 10: 'Rutte', 60: 'marking', 62: 'Rutte' });
		const pagefinds = '… w9 <mark>Rutte</mark> w11 …';
		expect(excerptShowing(['mark', 'rutte'], pagefinds, entry, new Set(['mark', 'rutte']))).toBe(pagefinds);
		expect(excerptShowing(['mark', 'rutte'], pagefinds, entry)).toContain('<mark>marking</mark>');
	});
});

describe('excerptShowing, against every window weighed afresh', () => {
	it('shows as many of the words searched for as the best window of the span, over many random records', () => {
		// A seeded generator: the same records on every run.
		let seed = 7;
		const random = () => ((seed = (seed * 48271) % 2147483647) / 2147483647);
		const typed = ['alpha', 'beta', 'gamma'];
		for (let run = 0; run < 200; run++) {
			const n = 30 + Math.floor(random() * 300);
			const words: Record<number, string> = {};
			for (let k = Math.floor(random() * 12); k > 0; k--) words[Math.floor(random() * n)] = typed[Math.floor(random() * 3)];
			const span = { ...record(n, words), matches: Object.keys(words).map((at) => ({ location: Number(at), balanced_score: random() })) };
			const length = Math.min(EXCERPT_LENGTH, n);
			let best = 1;
			for (let start = 0; start + length <= n; start++) {
				best = Math.max(best, new Set(Object.entries(words).filter(([at]) => Number(at) >= start && Number(at) < start + length).map(([, w]) => w)).size);
			}
			const excerpt = excerptShowing(typed, '<mark>alpha</mark>', span);
			const shown = new Set([...excerpt.matchAll(/<mark>(\w+)<\/mark>/g)].map((m) => m[1])).size;
			expect(shown, `run ${run}: ${JSON.stringify(words)} in ${n}`).toBe(best);
		}
	});
});
