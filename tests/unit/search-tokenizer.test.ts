import { describe, expect, it } from 'vitest';
import { foldDiacritics, indexableWords, parseQuery, splitCase } from '../../src/lib/search/tokenizer';

/** Keys as `key`, pieces of compounds as `+key`, accented forms as `key/form`: what Pagefind 1.6's index holds for the word. */
const keys = (word: string) => indexableWords(word).map((w) => `${w.part ? '+' : ''}${w.key}${w.form ? `/${w.form}` : ''}`);

describe('indexableWords: a page’s word as Pagefind indexes it', () => {
	it('keeps letters and digits, lower case, stemmed; punctuation around a word goes', () => {
		expect(keys('Invitations')).toEqual(['invit']);
		expect(keys('(Brussels),')).toEqual(['brussel']);
		expect(keys('1949')).toEqual(['1949']);
		expect(keys('—')).toEqual([]);
	});

	it('indexes compounds whole and in pieces', () => {
		expect(keys('post-war')).toEqual(['postwar', '+post', '+war']);
		expect(keys('COVID-19')).toEqual(['covid19', '+covid', '+19']);
		expect(keys('McDonald')).toEqual(['mcdonald', '+mc', '+donald']);
		expect(keys('iOS15')).toEqual(['ios15', '+os', '+15']);
		// One-letter pieces are not indexed: U.S. is only “us”.
		expect(keys('U.S.')).toEqual(['us']);
		expect(keys('F-16s')).toEqual(['f16s', '+16']);
	});

	it('indexes what follows each full stop of a dotted word too', () => {
		expect(keys('news.online.ua')).toEqual(['newsonlineua', '+news', '+onlin', '+ua', '+onlineua']);
		expect(keys('example.co.uk.')).toEqual(['examplecouk', '+exampl', '+co', '+uk', '+couk']);
	});

	it('keeps typographic punctuation inside a piece, as Pagefind does', () => {
		expect(keys('Zelenskyy’s')).toEqual(['zelenskyy', '+zelenskyy’']);
		expect(keys('2024–25')).toEqual(['202425', '+2024–25']);
		expect(keys('“Fixtures”')).toEqual(['fixtur', '+“fixtures”']);
	});

	it('folds accents for the key and keeps the written form', () => {
		expect(keys('Communiqué,')).toEqual(['communiqu/communiqué']);
		expect(keys('Türkiye.')).toEqual(['turkiy/türkiye']);
		expect(foldDiacritics('café')).toBe('cafe');
		expect(foldDiacritics('cafe')).toBeUndefined();
	});

	it('indexes emoji on their own', () => {
		expect(keys('🇺🇦')).toEqual(['🇺🇦']);
		expect(keys('⚠️x')).toEqual(['x', '+⚠x/⚠️x', '⚠️']);
	});
});

describe('splitCase: words inside an identifier, as Rust’s convert_case finds them', () => {
	it('splits at lower→Upper, acronyms, digits and spaces', () => {
		expect(splitCase('WKWebVIEWComponent')).toEqual(['WK', 'Web', 'VIEW', 'Component']);
		expect(splitCase('A400M')).toEqual(['A', '400', 'M']);
		expect(splitCase('3D')).toEqual(['3', 'D']);
		expect(splitCase('O’Brien')).toEqual(['O’Brien']);
		expect(splitCase('news online ua')).toEqual(['news', 'online', 'ua']);
	});
});

describe('parseQuery: a query as Pagefind searches it', () => {
	it('lower-cases and stems each word', () => {
		expect(parseQuery('sKy NeWs')).toEqual({ terms: ['sky', 'news'], originals: ['sky', 'news'], exact: false });
		expect(parseQuery('Invitations')).toMatchObject({ terms: ['invit'] });
	});

	it('drops punctuation without splitting the word, keeps symbols and connectors', () => {
		expect(parseQuery('F-16').terms).toEqual(['f16']);
		expect(parseQuery('NATO’s, “Article 5”!').terms).toEqual(['nato', 'articl', '5']);
		expect(parseQuery('snake_case').terms).toEqual(['snake_cas']);
		expect(parseQuery('C++').terms).toEqual(['c++']);
		expect(parseQuery('  many   spaces ').terms).toEqual(['mani', 'space']);
	});

	it('folds accents for the terms but keeps them in the originals, which rank exact accents higher', () => {
		expect(parseQuery('Türkiye')).toMatchObject({ terms: ['turkiy'], originals: ['türkiye'] });
	});

	it('treats a query in double quotes as exact', () => {
		expect(parseQuery('"Sky News"')).toEqual({ terms: ['sky', 'news'], originals: ['sky', 'news'], exact: true });
		expect(parseQuery('Sky "News"').exact).toBe(false);
	});

	it('has nothing to search for in punctuation alone', () => {
		expect(parseQuery('—?!').terms).toEqual([]);
		expect(parseQuery('').terms).toEqual([]);
	});
});
