import { describe, expect, it } from 'vitest';
import { mentionPattern, mentionsIn } from '../../src/markdown/mentions.ts';

const targets = [
	{ href: '/people.html#mark-rutte', names: ['Mark Rutte', 'Rutte'], kind: 'person' as const },
	{ href: '/glossary.html#article-5', names: ['Article 5'], kind: 'term' as const },
];
const mentions = (text: string) => [...mentionsIn(text, mentionPattern(targets))];

describe('mentionsIn and mentionPattern', () => {
	it('prefers the longest name', () => {
		expect(mentions('Then Mark Rutte spoke; Rutte again.')).toEqual([{ name: 'Mark Rutte', index: 5 }, { name: 'Rutte', index: 23 }]);
	});
	it('matches whole words only, with case', () => {
		expect(mentions('Article 50 of another treaty')).toEqual([]);
		expect(mentions('article 5')).toEqual([]);
		expect(mentions('under Article 5, an attack')).toEqual([{ name: 'Article 5', index: 6 }]);
	});
	it('finds a name that starts inside a longer match that starts inside a word', () => {
		expect(mentions('XMark Rutte')).toEqual([{ name: 'Rutte', index: 6 }]);
		expect(mentions('ÉRutte, 𝐀Rutte, 3Rutte')).toEqual([]);
		expect(mentions('(Rutte) “Rutte”')).toEqual([{ name: 'Rutte', index: 1 }, { name: 'Rutte', index: 9 }]);
	});
});
