import { describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { z } from 'astro/zod';
import { DATA_FILES, sectionSchema } from '../../src/data/schemas.ts';
import { fieldIssues, fieldsAt } from '../../src/data/schema-issues.ts';
import { colonInValue, parseYaml, readDataFile } from '../../src/data/yaml.ts';

/** What parseYaml refuses `text` with, as the build prints it. */
const refusal = (text: string, shape: 'list' | 'numbered' | 'mapping' = 'mapping', schema?: z.ZodType) => {
	try {
		parseYaml(text, 'content/x.yaml', shape, schema);
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

describe('parseYaml: an entry its schema refuses', () => {
	const schema = z.object({ title: z.string(), summary: z.string().min(10, 'a full sentence'), keyPoints: z.array(z.string()).min(2, 'two at least') }).strict();

	it('names a misspelt field at its line, with the field it stands for, which it does not also report missing', () => {
		expect(refusal('title: T\nsumary: A full sentence.\nkeyPoints: [a, b]\n', 'mapping', schema)).toBe('content/x.yaml:2: sumary: unknown field (did you mean "summary"?)');
	});
	it('lists every field at fault, each at its line, a list written below its field at the field', () => {
		expect(refusal('title: T\nsummary: Short.\nkeyPoints:\n  - a\nauthor: Ada\n', 'mapping', schema)).toBe(
			'3 problems in content/x.yaml:\n  content/x.yaml:2: summary: a full sentence\n  content/x.yaml:3: keyPoints: two at least\n  content/x.yaml:5: author: unknown field; the fields here are title, summary, keyPoints',
		);
	});
});

describe('readDataFile: a data file read outside the collections', () => {
	it('gives each entry as its schema does, defaults filled in, and refuses a mistake as the collection does, at its line', () => {
		const folder = mkdtempSync(join(tmpdir(), 'data-file-'));
		try {
			cpSync(new URL('../fixtures/minimal/', import.meta.url), folder, { recursive: true });
			const content = pathToFileURL(`${folder}/`);
			// Written without kind or spellings, which the schema's defaults fill in: steps that read the YAML as written had cast each field.
			const [ada] = readDataFile(content, 'people');
			expect(ada.data).toMatchObject({ name: 'Ada Example', kind: 'person', aliases: ['Example'], spellings: {} });
			expect(ada.line).toBe(1);
			writeFileSync(join(folder, 'people.yaml'), readFileSync(join(folder, 'people.yaml'), 'utf8').replace('  role: Minister of Examples\n', ''));
			expect(() => readDataFile(content, 'people')).toThrow('content/people.yaml:1: entry "ada-example": role: missing');
		} finally {
			rmSync(folder, { recursive: true, force: true });
		}
	});
});

describe('parseYaml: a list’s entries', () => {
	const schema = z.object({ id: z.string(), date: z.string({ error: 'a date in quotes' }) }).strict();

	it('lists every entry’s problems at once: a duplicate id, its own fields, and another entry’s', () => {
		// An author's trial: a duplicate id and a bad date in one entry, and a field missing in the next, had taken three builds.
		expect(refusal('- id: a\n  date: "2024"\n- id: a\n  date: 1940\n- id: b\n', 'list', schema)).toBe(
			'3 problems in content/x.yaml:\n  content/x.yaml:3: duplicate id "a" (first defined on line 1)\n  content/x.yaml:4: entry "a": date: a date in quotes\n  content/x.yaml:5: entry "b": date: missing: the field is required (text)',
		);
	});
});

describe('parseYaml: how a missing value is written', () => {
	it('says what an id names and where it is found, how a date is written, and an entry’s id by its own form', () => {
		// An author's trial: a quotation without its speaker was told “(text)”, which said nothing of an id in people.yaml.
		const { file, shape, schema } = DATA_FILES.quotes;
		const quote = '- id: q\n  text: “Words.”\n  context: What the words answered.\n';
		expect(refusal(quote, shape, schema)).toBe(
			[
				`3 problems in ${file}:`,
				`  ${file}:1: entry "q": speaker: missing: the field is required (the id of a person or group in people.yaml, such as "andrii-sybiha")`,
				`  ${file}:1: entry "q": source: missing: the field is required (the id of a source in sources.yaml, such as "reuters-2024-11-29")`,
				`  ${file}:1: entry "q": date: missing: the field is required (a date written YYYY-MM-DD, YYYY-MM or YYYY, a year alone in quotes)`,
			].join('\n').replaceAll(file, 'content/x.yaml'),
		);
		expect(refusal('- name: Belgium\n', DATA_FILES.members.shape, DATA_FILES.members.schema)).toBe('content/x.yaml:1: entry has no `id` field (a three-digit ISO 3166-1 numeric code such as "056")');
		expect(refusal('- name: Ada\n', DATA_FILES.people.shape, DATA_FILES.people.schema)).toBe('content/x.yaml:1: entry has no `id` field (a kebab-case id such as "nato-2024-07-10")');
		// A number is no missing id; a source's date, which may be “n.d.”, is missing, not malformed.
		expect(refusal('- id: 124\n  name: Canada\n', DATA_FILES.members.shape, DATA_FILES.members.schema)).toBe('content/x.yaml:1: id: write it in quotes ("124"): YAML reads 124 alone as a number');
		expect(refusal('- id: 056\n  name: Belgium\n', DATA_FILES.members.shape, DATA_FILES.members.schema)).toBe('content/x.yaml:1: id: write it in quotes ("056"): YAML reads 056 alone as a number');
		expect(refusal('- id: a-2024\n  publisher: A\n  type: news\n  title: T\n', DATA_FILES.sources.shape, DATA_FILES.sources.schema)).toBe(
			'content/x.yaml:1: entry "a-2024": date: missing: the field is required (a date written YYYY-MM-DD, YYYY-MM or YYYY, a year alone in quotes, or n.d. for none)',
		);
	});

	it('refuses a log entry’s note dated after the day it was added, or on a correction', () => {
		const { shape, schema } = DATA_FILES.corrections;
		const entry = (kind: string, note: string) => `- date: 2024-12-05\n  kind: ${kind}\n  summary: A note of the meeting’s second day is added.\n  sections: [background]\n  note: ${note}\n`;
		expect(refusal(entry('update', '2024-12-06'), shape, schema)).toBe('content/x.yaml:5: entry 1: note: the note\'s date (2024-12-06) is after the day it was added (2024-12-05); date is the day the note was added');
		expect(refusal(entry('correction', '2024-12-04'), shape, schema)).toBe('content/x.yaml:5: entry 1: note: only an update announces a note; leave note out of a correction');
		expect(refusal(entry('update', '2024-12-04'), shape, schema)).toBeUndefined();
	});

	it('refuses a section added by a correction, or added without being named in sections', () => {
		const { shape, schema } = DATA_FILES.corrections;
		const entry = (kind: string, sections: string) => `- date: 2026-12-06\n  kind: ${kind}\n  summary: Section 5, on what the request leaves open, is added.\n  sections: [${sections}]\n  added: [open-questions]\n`;
		expect(refusal(entry('correction', 'open-questions'), shape, schema)).toBe('content/x.yaml:5: entry 1: added: a section is added by an update: make this entry kind: update');
		expect(refusal(entry('update', 'overview'), shape, schema)).toBe('content/x.yaml:5: entry 1: added: "open-questions" is not in this entry\'s sections; name an added section in both');
		expect(refusal(entry('update', 'open-questions'), shape, schema)).toBeUndefined();
		expect(refusal(`${entry('update', 'open-questions')}  note: 2024-12-04\n`, shape, schema)).toBe('content/x.yaml:6: entry 1: note: log a note and a section added as two entries, each leading to its own');
		expect(refusal(entry('update', 'overview, open-questions').replace('added: [open-questions]', 'added: [overview]'), shape, schema)).toBe('content/x.yaml:5: entry 1: added: the overview is not a section an update can add: leave it out of added');
	});

	it('says of a log entry’s change for a page it does not name that one of two slugs is misspelt, where one is near', () => {
		// An author's trial: a typo in sections had been answered, at the change's line, with “add it to sections”.
		const { shape, schema } = DATA_FILES.corrections;
		const entry = (sections: string, page: string) => `- date: 2024-12-05\n  kind: correction\n  summary: A date was a day out and is put right.\n  sections: [${sections}]\n  changes:\n    ${page}: The date is put right on this page.\n`;
		expect(refusal(entry('partal-coverage', 'partial-coverage'), shape, schema)).toBe('content/x.yaml:6: entry 1: changes.partial-coverage: "partial-coverage" is not a page this entry names, but "partal-coverage" is: correct whichever of the two is misspelt');
		expect(refusal(entry('background', 'partial-coverage'), shape, schema)).toMatch(/"partial-coverage" is not a page this entry names: give changes for background, or add it to sections or referencePages$/);
	});
});

describe('fieldIssues', () => {
	const issuesOf = (schema: z.ZodType, data: Record<string, unknown>) => fieldIssues(schema.safeParse(data).error!.issues, schema, data).map((f) => [f.path.join('.'), f.issues.map((i) => i.message).join('; ')]);

	it('gives each unknown field its own issue, and drops the missing one it stands for', () => {
		const section = { title: 'T', shortTitle: 'T', sumary: 'S', order: 1, asOf: '2024-11-29', updated: '2024-11-29', keyPoints: ['a', 'b', 'c'], sources: ['a'], update: '2024-11-30' };
		expect(issuesOf(sectionSchema, section)).toEqual([
			['sumary', 'unknown field (did you mean "summary"?)'],
			['update', 'unknown field; the fields here are title, summary, asOf, updated, keyPoints, sources, shortTitle, order'],
		]);
	});
	it('keeps a field’s issues together, and a missing field no unknown one stands for', () => {
		const schema = z.object({ a: z.string().refine((t) => !t.includes('"'), 'no straight quote').refine((t) => !t.includes('--'), 'no double hyphen'), b: z.string() }).strict();
		expect(issuesOf(schema, { a: 'x "y" -- z' })).toEqual([
			['a', 'no straight quote; no double hyphen'],
			['b', 'Invalid input: expected string, received undefined'],
		]);
	});
	it('finds a nested object’s own fields', () => {
		const briefing = DATA_FILES.briefing.schema;
		expect(fieldsAt(briefing, ['licence'])).toEqual(['name', 'url']);
		expect(fieldsAt(briefing, ['authors', 0])).toEqual(['given', 'family']);
		expect(fieldsAt(briefing, ['title'])).toEqual([]);
	});
});

describe('the README’s YAML examples', () => {
	// An author copies them (the publication's error says to): their comments after a value had been refused by the
	// reader, which takes “ #” after a value without quotes for a cut title.
	const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
	// The authors' examples, in “Writing and editing”: not the hosting section's workflow for GitHub Actions.
	const writing = readme.slice(readme.indexOf('\n## Writing and editing'), readme.indexOf('\n## Layout'));
	const examples = [...writing.matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => m[1].replace(/^---\n|---\n$/g, ''));

	it('are read by the briefing’s own YAML reader, as written', () => {
		expect(examples.length).toBeGreaterThanOrEqual(3);
		// A list of entries is the log's (numbered, no ids); the rest are a section's frontmatter and the publication file.
		for (const example of examples) expect(refusal(example, example.startsWith('- ') ? 'numbered' : 'mapping'), example).toBeUndefined();
	});
});
