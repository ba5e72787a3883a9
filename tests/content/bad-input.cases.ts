/**
 * Broken inputs, each a small change to the minimal fixture
 * (tests/fixtures/minimal), and what the build must say about it: the file,
 * and the line, field or id where the tool knows it. Nothing here may build.
 */
export interface BadInput {
	name: string;
	/** Files under content/ to write (text) or delete (null), after applying `edit`. */
	files?: Record<string, string | null>;
	/** Replace text in a fixture file: [file, from, to]. */
	edit?: [string, string | RegExp, string][];
	expect: RegExp[];
}

const FIRST = 'sections/01-first.mdx';
const SECOND = 'sections/02-second.mdx';

export const CASES: BadInput[] = [
	{
		name: 'invalid MDX syntax',
		edit: [[FIRST, '<Quote id="ada-hello" />', '<Quote id="ada-hello"']],
		expect: [/content\/sections\/01-first\.mdx/, /1[0-9]:|line|Unexpected|expected/i],
	},
	{
		name: 'an unknown component',
		edit: [[FIRST, '<Quote id="ada-hello" />', '<Chart kind="bar" />']],
		expect: [/content\/sections\/01-first\.mdx:\d+: unknown component <Chart>/],
	},
	{
		name: 'a missing frontmatter field',
		edit: [[FIRST, /^summary: .*\n/m, '']],
		expect: [/content\/sections\/01-first\.mdx: frontmatter/, /summary/],
	},
	{
		name: 'a mistyped frontmatter field',
		edit: [[FIRST, 'order: 1', 'order: first']],
		expect: [/content\/sections\/01-first\.mdx: frontmatter/, /order/],
	},
	{
		name: 'a misspelt frontmatter field',
		edit: [[FIRST, 'shortTitle: First', 'shortTitle: First\nsumary: typo']],
		expect: [/content\/sections\/01-first\.mdx: frontmatter/, /sumary/],
	},
	{
		name: 'a date that is not a date',
		edit: [[FIRST, 'asOf: 2024-11-29', 'asOf: 2024-11-31']],
		expect: [/content\/sections\/01-first\.mdx: frontmatter/, /asOf/, /calendar date/],
	},
	{
		name: 'an unknown source id in frontmatter',
		edit: [[SECOND, 'sources: [beta-2024-02-02]', 'sources: [beta-2024-02-02, gamma-1999]']],
		expect: [/content\/sections\/02-second\.mdx: sources: unknown source id "gamma-1999"/],
	},
	{
		name: 'an unknown source id in a footnote',
		edit: [[SECOND, '[^1]: [@beta-2024-02-02].', '[^1]: [@beta-2042-02-02].']],
		expect: [/content\/sections\/02-second\.mdx:\d+: footnote \[\^1\] cites unknown source "beta-2042-02-02"/],
	},
	{
		name: 'a footnote that names no source',
		edit: [[SECOND, '[^1]: [@beta-2024-02-02].', '[^1]: Somewhere, surely.']],
		expect: [/content\/sections\/02-second\.mdx:\d+: footnote \[\^1\] does not name a source/],
	},
	{
		name: 'a footnote reference without a definition',
		edit: [[SECOND, 'about quokkas.[^1]', 'about quokkas.[^1] And wombats.[^2]']],
		expect: [/content\/sections\/02-second\.mdx:\d+: footnote \[\^2\] has no definition/],
	},
	{
		name: 'a footnote definition nobody references',
		edit: [[SECOND, '[^1]: [@beta-2024-02-02].', '[^1]: [@beta-2024-02-02].\n[^orphan]: [@beta-2024-02-02].']],
		expect: [/content\/sections\/02-second\.mdx:\d+: footnote \[\^orphan\] is defined but never referenced/],
	},
	{
		name: 'an unknown quote id',
		edit: [[FIRST, '<Quote id="ada-hello" />', '<Quote id="ada-goodbye" />']],
		expect: [/content\/sections\/01-first\.mdx:\d+: unknown quote id "ada-goodbye"/],
	},
	{
		name: 'an unknown person id',
		edit: [['quotes.yaml', 'speaker: ada-example', 'speaker: ada-exemple']],
		expect: [/content\/quotes\.yaml: quote "ada-hello": speaker: unknown person id "ada-exemple"/],
	},
	{
		name: 'an unknown glossary id',
		edit: [['glossary.yaml', 'related: []', 'related: [gadget]']],
		expect: [/content\/glossary\.yaml: term "widget": related: unknown glossary id "gadget"/],
	},
	{
		name: 'a quotation citing an unknown source',
		edit: [['quotes.yaml', '  source: alpha-2024-01-01\n  date: "2024-01-01"\n  context: Said', '  source: alpha-2042-01-01\n  date: "2024-01-01"\n  context: Said']],
		expect: [/content\/quotes\.yaml: quote "ada-hello": source: unknown source id "alpha-2042-01-01"/],
	},
	{
		name: 'a timeline event citing an unknown source',
		edit: [['timeline.yaml', 'source: beta-2024-02-02', 'source: beta-1999']],
		expect: [/content\/timeline\.yaml: event "second-event": source: unknown source id "beta-1999"/],
	},
	{
		name: 'a source nobody cites',
		edit: [['sources.yaml', '- id: beta-2024-02-02', '- id: gamma-2024-03-03\n  publisher: Gamma Post\n  title: Never cited\n  date: "2024-03-03"\n- id: beta-2024-02-02']],
		expect: [/content\/sources\.yaml: source "gamma-2024-03-03" is never cited/],
	},
	{
		name: 'a duplicate section order',
		edit: [[SECOND, 'order: 2', 'order: 1']],
		expect: [/content\/sections\/02-second\.mdx: order 1 is already used by content\/sections\/01-first\.mdx/],
	},
	{
		name: 'a duplicate section slug',
		files: { 'sections/03-first.mdx': '---\ntitle: Again\nshortTitle: Again\nsummary: A second file whose name gives the same slug as the first section.\norder: 3\nasOf: 2024-11-29\nupdated: 2024-11-29\nkeyPoints: [a, b, c]\nsources: [alpha-2024-01-01]\n---\n\nText.[^1]\n\n[^1]: [@alpha-2024-01-01].\n' },
		expect: [/content\/sections\/0[13]-first\.mdx: its slug "first" is already used by content\/sections\/0[13]-first\.mdx/],
	},
	{
		name: 'an empty section body',
		files: { 'sections/02-second.mdx': '---\ntitle: The second section\nshortTitle: Second\nsummary: The second section of the fixture, which has lost its body text.\norder: 2\nasOf: 2024-11-29\nupdated: 2024-11-29\nkeyPoints: [a, b, c]\nsources: []\n---\n\n' },
		expect: [/content\/sections\/02-second\.mdx/, /no body text|sources/],
	},
	{
		name: 'a link to a page that does not exist',
		edit: [[SECOND, '(/first.html#a-heading)', '(/frist.html#a-heading)']],
		expect: [/second\.html \(from content\/sections\/02-second\.mdx\): a href="frist\.html#a-heading": no such file/],
	},
	{
		name: 'a link to an anchor that does not exist',
		edit: [[SECOND, '(/first.html#a-heading)', '(/first.html#no-such-heading)']],
		expect: [/second\.html \(from content\/sections\/02-second\.mdx\): a href="first\.html#no-such-heading": no element with id "no-such-heading"/],
	},
	{
		name: 'YAML that does not parse',
		edit: [['sources.yaml', '  publisher: Beta Wire', '  publisher: [Beta Wire']],
		expect: [/content\/sources\.yaml:\d+:/],
	},
	{
		name: 'a data entry without an id',
		edit: [['people.yaml', '- id: ada-example\n', '- name_id: ada-example\n']],
		expect: [/content\/people\.yaml:1: entry has no `id` field/],
	},
	{
		name: 'a source address that is not https',
		edit: [['sources.yaml', 'url: https://example.org/alpha', 'url: http://example.org/alpha']],
		expect: [/content\/sources\.yaml:\d+: entry "alpha-2024-01-01"/, /url/, /https/],
	},
	{
		name: 'a quotation without its curly quotes',
		edit: [['quotes.yaml', 'text: “Fixtures keep tests honest”', 'text: Fixtures keep tests honest']],
		expect: [/content\/quotes\.yaml:\d+: entry "ada-hello"/, /text/, /curly quotes/],
	},
	{
		name: 'a licence address that is not https, in briefing.yaml',
		edit: [['briefing.yaml', 'url: https://creativecommons.org/licenses/by/4.0/', 'url: http://creativecommons.org/licenses/by/4.0/']],
		expect: [/content\/briefing\.yaml:6: licence\.url: expected an https:\/\/ address/],
	},
	{
		name: 'a log entry naming a section that does not exist',
		edit: [['corrections.yaml', 'sections: [second]', 'sections: [secnod]']],
		expect: [/content\/corrections\.yaml: entry 1 \(2024-11-30\): sections: no section "secnod"/],
	},
];
