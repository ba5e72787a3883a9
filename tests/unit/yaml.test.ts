import { describe, expect, it } from 'vitest';
import { colonInValue, parseYaml } from '../../src/data/yaml.ts';

/** What parseYaml refuses `text` with, as the build prints it. */
const refusal = (text: string, shape: 'list' | 'mapping' = 'mapping') => {
	try {
		parseYaml(text, 'content/x.yaml', shape);
	} catch (error) {
		return (error as Error).message;
	}
	return undefined;
};

describe('parseYaml: YAML that does not parse', () => {
	it('names a field written twice, and the line it was first written on', () => {
		expect(refusal('title: A\norder: 1\nasOf: x\norder: 5\n')).toBe('content/x.yaml:4: order: Map keys must be unique (a field written twice in one entry; first on line 2)');
		expect(refusal('- id: a\n  publisher: X\n- id: b\n  publisher: Y\n  "publisher": Z\n', 'list')).toBe('content/x.yaml:5: publisher: Map keys must be unique (a field written twice in one entry; first on line 4)');
	});
	it('says a value holding “: ” needs quotes, at the field', () => {
		expect(refusal('order: 1\ntitle: Partial coverage: a proposal\n')).toBe('content/x.yaml:2: title: the text after “Partial coverage: ” was read as a field of its own, since YAML takes a colon and a space for one; put the whole text in double quotes');
		expect(refusal('- id: a\n  title: Why now: the letter\n', 'list')).toMatch(/^content\/x\.yaml:2: title: the text after “Why now: ”/);
	});
	it('says a tab in the indentation is one, whatever the parser calls it', () => {
		expect(refusal('keyPoints:\n  - a\n\t- b\n')).toMatch(/^content\/x\.yaml:3: .*\(a tab in the indentation: YAML indents with spaces, two to a level\)$/);
	});
});

describe('colonInValue', () => {
	it('finds the field and the text up to the colon, on a field’s line or a list entry’s', () => {
		const text = 'title: Partial coverage: a proposal\n- name: Ada: a note\n';
		expect(colonInValue(text, text.indexOf('Partial'))).toEqual({ key: 'title', before: 'Partial coverage' });
		expect(colonInValue(text, text.indexOf('Ada'))).toEqual({ key: 'name', before: 'Ada' });
	});
	it('finds nothing in a quoted or bracketed value, or where no “: ” follows', () => {
		const text = 'title: "A: b" c: d\nlist: [a: b]\nplain: no colon here\n';
		expect(colonInValue(text, text.indexOf('"A'))).toBeUndefined();
		expect(colonInValue(text, text.indexOf('[a'))).toBeUndefined();
		expect(colonInValue(text, text.indexOf('no colon'))).toBeUndefined();
	});
});
