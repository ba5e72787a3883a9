import { describe, expect, it } from 'vitest';
import { stem } from '../../src/lib/search/stemmer';

/** Word → stem, as Pagefind 1.6 indexes them (checked against its index). */
const check = (pairs: Record<string, string>) => {
	for (const [word, expected] of Object.entries(pairs)) expect(stem(word), word).toBe(expected);
};

describe('the English Snowball stemmer', () => {
	it('stems the Porter2 examples, step by step', () => {
		check({
			// 1a: plurals
			caresses: 'caress',
			ponies: 'poni',
			ties: 'tie',
			cats: 'cat',
			consensus: 'consensus',
			// 1b: -ed, -ing, with e restored or double letters undone
			agreed: 'agre',
			feed: 'feed',
			plastered: 'plaster',
			motoring: 'motor',
			sing: 'sing',
			conflated: 'conflat',
			troubled: 'troubl',
			sized: 'size',
			hopping: 'hop',
			falling: 'fall',
			fizzed: 'fizz',
			filing: 'file',
			// 1c: y → i after a consonant
			happy: 'happi',
			sky: 'sky',
			// 2 and 3: suffixes in R1
			relational: 'relat',
			conditional: 'condit',
			rational: 'ration',
			valency: 'valenc',
			digitizer: 'digit',
			operator: 'oper',
			feudalism: 'feudal',
			decisiveness: 'decis',
			hopefulness: 'hope',
			callousness: 'callous',
			sensitivity: 'sensit',
			sensibility: 'sensibl',
			triplicate: 'triplic',
			formative: 'format',
			electrical: 'electr',
			// 4: suffixes in R2
			allowance: 'allow',
			inference: 'infer',
			adjustable: 'adjust',
			defensible: 'defens',
			replacement: 'replac',
			dependent: 'depend',
			adoption: 'adopt',
			homologous: 'homolog',
			effective: 'effect',
			// 5: final e and ll
			probate: 'probat',
			rate: 'rate',
			controlling: 'control',
			// the words of the briefing
			invitation: 'invit',
			invited: 'invit',
			inviting: 'invit',
			accession: 'access',
			irreversible: 'irrevers',
			alliance: 'allianc',
			allies: 'alli',
			ukraine: 'ukrain',
		});
	});

	it('keeps the exceptions whole', () => {
		check({ skis: 'ski', skies: 'sky', news: 'news', atlas: 'atlas', bias: 'bias', early: 'earli', only: 'onli', gently: 'gentl' });
	});

	it('follows Snowball 3, not the classic Porter2 that npm stemmers implement', () => {
		check({
			// R1 starts after a known prefix: international ≠ intern, universal ≠ univers.
			international: 'internat',
			intern: 'intern',
			universal: 'universal',
			university: 'universiti',
			organization: 'organiz',
			emergency: 'emergenc',
			lateral: 'lateral',
			paste: 'paste',
			pasted: 'paste',
			// -ogist as -ogy; -ying; add, ebb, egg keep their double letter; -ing words left whole.
			geologist: 'geolog',
			dying: 'die',
			lying: 'lie',
			added: 'add',
			evening: 'evening',
		});
	});

	it('treats any other character as a consonant, as Pagefind sees words like NATO’s', () => {
		check({ 'zelenskyy’s': 'zelenskyy’', 'nato’s': 'nato’', x_y: 'x_i', f16s: 'f16s', '2024–25': '2024–25' });
	});

	it('leaves words under three letters alone', () => {
		check({ us: 'us', is: 'is', a: 'a' });
	});
});
