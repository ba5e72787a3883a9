import { describe, expect, it } from 'vitest';
import { firstMentionPattern } from '../../src/markdown/mentions';

const targets = [
	{ href: '/people.html#mark-rutte', names: ['Mark Rutte', 'Rutte'], kind: 'person' as const },
	{ href: '/glossary.html#article-5', names: ['Article 5'], kind: 'term' as const },
];

describe('firstMentionPattern', () => {
	it('prefers the longest name', () => {
		expect(firstMentionPattern(targets).exec('Then Mark Rutte spoke; Rutte again.')?.[0]).toBe('Mark Rutte');
	});
	it('matches whole words only, with case', () => {
		expect(firstMentionPattern(targets).exec('Article 50 of another treaty')).toBeNull();
		expect(firstMentionPattern(targets).exec('article 5')).toBeNull();
		expect(firstMentionPattern(targets).exec('under Article 5, an attack')?.index).toBe(6);
	});
});
