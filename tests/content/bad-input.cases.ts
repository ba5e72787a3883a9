import { readFileSync } from 'node:fs';
/**
 * Broken and hostile inputs, each a small change to the minimal fixture
 * (tests/fixtures/minimal), and what the build must say about it: the file,
 * and the line, field or id where the tool knows it. Nothing here may build.
 *
 * `layer` says where the build stops it. Every case runs through the
 * functions the build calls for that layer (tests/helpers/check-content.ts),
 * except `links`, which needs the built pages; `build: true` marks the one
 * case per layer that also runs a full build, to prove the layer is wired in
 * (two for YAML: a data file's, and a section's frontmatter, whose reading
 * goes through Astro's own MDX reader).
 */
export interface BadInput {
	name: string;
	layer: 'yaml' | 'schema' | 'names' | 'mdx' | 'references' | 'publication' | 'links';
	/** Files under content/ to write (text) or delete (null), after applying `edit`. */
	files?: Record<string, string | null>;
	/** Replace text in a fixture file: [file, from, to]. */
	edit?: [string, string | RegExp, string][];
	expect: RegExp[];
	build?: boolean;
	/** What the full build prints besides the message: the place it gives the error, where an editor opens the file. */
	buildExpect?: RegExp[];
}

/** A file of the minimal fixture, as it stands. */
const fixture = (name: string) => readFileSync(new URL(`../fixtures/minimal/${name}`, import.meta.url), 'utf8');

const FIRST = 'sections/01-first.mdx';
const SECOND = 'sections/02-second.mdx';
const F1 = /content\/sections\/01-first\.mdx:\d+:\d+: /;
const F2 = /content\/sections\/02-second\.mdx:\d+:\d+: /;

/** Replaces the first section's quotation with `mdx`. */
const inFirst = (mdx: string): [string, string, string][] => [[FIRST, '<Quote id="ada-hello" />', mdx]];
/** Adds a paragraph to the second section. */
const inSecond = (mdx: string): [string, string, string][] => [[SECOND, '## Looking back', `## Looking back\n\n${mdx}`]];

const section = (frontmatter: string, body = 'Text.[^1]\n\n[^1]: [@alpha-2024-01-01].\n') =>
	`---\ntitle: Another\nshortTitle: Another\nsummary: A further section of the fixture, written for one of the bad-input cases.\norder: 3\nasOf: 2024-11-29\nupdated: 2024-11-29\nkeyPoints: [a, b, c]\nsources: [alpha-2024-01-01]\n${frontmatter}---\n\n${body}`;

export const CASES: BadInput[] = [
	// MDX as a closed language: no code, no raw HTML, only the listed components.
	{ name: 'an MDX expression that would write a script', layer: 'mdx', build: true, edit: inFirst('{<script>{"alert(document.domain)"}</script>}'), expect: [F1, /a \{…\} expression is not allowed/], buildExpect: [/(?:\]|Location:) \S*content\/sections\/01-first\.mdx:19:1$/m, /Hint:\s+Each line gives the place and what to write instead/] },
	// Markdown's lazy continuation: the sentence had vanished from the text into the note above it (an author's trial).
	{ name: 'a sentence written straight under the last note', layer: 'mdx', edit: [[FIRST, '[^b]: [@beta-2024-02-02].', '[^b]: [@beta-2024-02-02].\nA closing sentence meant for the text.']], expect: [/content\/sections\/01-first\.mdx:\d+:1: this line runs on from note \[\^b\], and Markdown makes it part of the note: if it belongs to the text, leave a blank line before it/] },
	{ name: 'an MDX expression with an event handler', layer: 'mdx', edit: inFirst('{<p onmouseover="alert(1)">Hover</p>}'), expect: [F1, /expression is not allowed/] },
	{ name: 'an MDX expression holding a style element', layer: 'mdx', edit: inFirst('{<style>{"body{display:none}"}</style>}'), expect: [F1, /expression is not allowed/] },
	{ name: 'an MDX expression holding a meta refresh', layer: 'mdx', edit: inFirst('{<meta httpEquiv="refresh" content="0;url=https://example.org" />}'), expect: [F1, /expression is not allowed/] },
	{ name: 'an MDX expression holding a frame', layer: 'mdx', edit: inFirst('{<iframe src="https://example.org" />}'), expect: [F1, /expression is not allowed/] },
	{ name: 'ESM that runs at build time', layer: 'mdx', edit: [[FIRST, '## A heading', 'import fs from "node:fs";\nexport const x = fs.writeFileSync("/tmp/pwned", "x");\n\n## A heading']], expect: [F1, /import and export are not allowed/] },
	{ name: 'an expression that publishes the build machine’s environment', layer: 'mdx', edit: inSecond('Home is {process.env.HOME}.'), expect: [F2, /a \{…\} expression is not allowed/] },
	{ name: 'raw HTML: a script element', layer: 'mdx', edit: inFirst('<script>alert(1)</script>'), expect: [F1, /raw HTML <script> is not allowed/] },
	{ name: 'raw HTML with an event handler', layer: 'mdx', edit: inSecond('<p onclick="alert(1)">Click</p>'), expect: [F2, /raw HTML <p> is not allowed/] },
	{ name: 'a spread attribute', layer: 'mdx', edit: inFirst('<Quote {...{ id: "ada-hello" }} />'), expect: [F1, /<Quote> takes plain attributes, not a \{…\} spread/] },
	{ name: 'an attribute written as an expression', layer: 'mdx', edit: inFirst('<Quote id={"ada-hello"} />'), expect: [F1, /<Quote id> must be a quoted string/] },
	{ name: 'an unknown component', layer: 'mdx', edit: inFirst('<Chart kind="bar" />'), expect: [F1, /unknown component <Chart>/] },
	{ name: 'an unknown attribute', layer: 'mdx', edit: inFirst('<Quote id="ada-hello" style="color:red" />'), expect: [F1, /<Quote> has no attribute "style"/] },
	{ name: 'a component without its required attribute', layer: 'mdx', edit: inFirst('<Quote />'), expect: [F1, /<Quote> needs an id="…" attribute/] },
	{ name: 'a fragment', layer: 'mdx', edit: inSecond('<>Text in a fragment</>'), expect: [F2, /a fragment <>…<\/> is not allowed/] },
	{ name: 'a component inside a sentence', layer: 'mdx', edit: inFirst('He wrote <Quote id="ada-hello" /> in his letter.'), expect: [F1, /<Quote> stands on its own line, between paragraphs, not inside a sentence/] },
	{ name: 'text inside a component that takes none', layer: 'mdx', edit: inFirst('<Quote id="ada-hello">More words</Quote>'), expect: [F1, /<Quote> holds no text/] },
	{ name: 'an unknown quote id', layer: 'mdx', edit: inFirst('<Quote id="ada-goodbye" />'), expect: [F1, /unknown quote id "ada-goodbye"/] },
	{ name: 'invalid MDX syntax', layer: 'mdx', edit: inFirst('<Quote id="ada-hello"'), expect: [/content\/sections\/01-first\.mdx/, /1[0-9]:|line|Unexpected|expected/i] },

	// Typewriter marks, each at its own column, not at the start of the text it is in.
	{ name: 'straight quotes in prose', layer: 'mdx', edit: inSecond('He said "yes" and it\'s done.'), expect: [/02-second\.mdx:\d+:9: a straight double quote: write “…”/, /02-second\.mdx:\d+:21: a straight apostrophe/] },
	{ name: 'a straight quote on a list item’s second line, after an entity', layer: 'mdx', edit: inSecond('- AT&amp;T said\n  it was "done".'), expect: [/02-second\.mdx:\d+:10: a straight double quote/] },
	{ name: 'a straight quote on a quotation’s second line', layer: 'mdx', edit: inSecond('> They said\n> "yes".'), expect: [/02-second\.mdx:\d+:3: a straight double quote/, /02-second\.mdx:\d+:1: a Markdown “>” block quotation is not allowed/] },
	{ name: 'a dated note citing a source dated after the note', layer: 'mdx', edit: [['sources.yaml', '  date: "2024-02-02"\n', '  date: "2024-02-02"\n- id: delta-2024-12-05\n  publisher: Delta Post\n  type: news\n  title: A later report\n  date: "2024-12-05"\n'], [SECOND, 'sources: [beta-2024-02-02]', 'sources: [beta-2024-02-02, delta-2024-12-05]'], ...inSecond('<AfterNote date="2024-12-04">\n\nLater.[^later]\n\n</AfterNote>\n\n[^later]: [@delta-2024-12-05].')], expect: [/02-second\.mdx:\d+:\d+: footnote \[\^later\] cites "delta-2024-12-05", dated 2024-12-05, after the date of the <AfterNote> it is called from \(2024-12-04\); a note is dated as of the latest events it reports: date it 2024-12-05 or later, or cite an earlier source/] },
	{ name: 'a source dated after the as-of date cited outside the dated note', layer: 'mdx', edit: [['sources.yaml', '  date: "2024-02-02"', '  date: "2024-12-05"']], expect: [/01-first\.mdx:\d+:\d+: footnote \[\^b\] cites "beta-2024-02-02", dated 2024-12-05, after the briefing's as-of date \(2024-11-29\): a later source is cited only in an <AfterNote>/] },
	{ name: 'an HTML comment', layer: 'mdx', edit: inSecond('<!-- check this -->'), expect: [/content\/sections\/02-second\.mdx:17:1: an HTML comment is not allowed/] },
	{ name: 'a “<” before a number', layer: 'mdx', edit: inSecond('Fewer than <10 allies agreed.'), expect: [/content\/sections\/02-second\.mdx:17:12: a “<” before a space or a number starts a tag in MDX: write \\</] },
	{ name: 'words in braces', layer: 'mdx', edit: inSecond('As said {see below}, it held.'), expect: [/content\/sections\/02-second\.mdx:17:9: a \{…\} expression is not allowed/] },
	{ name: 'a Markdown block quotation', layer: 'mdx', edit: inSecond('> “Fixtures keep tests honest”'), expect: [/02-second\.mdx:\d+:1: a Markdown “>” block quotation is not allowed: it names neither speaker nor source.*<Quote id="…" \/>/] },
	// In Zod's words, these had read “Too small: expected string to have >=1 characters” and “Invalid option: …” (an author's trial).
	{ name: 'an empty title', layer: 'schema', edit: [[SECOND, 'title: The second section', 'title: ""']], expect: [/content\/sections\/02-second\.mdx:\d+: title: empty: give it a value \(text\)/] },
	{ name: 'a log entry’s kind misspelt', layer: 'schema', edit: [['corrections.yaml', 'kind: correction', 'kind: corection']], expect: [/content\/corrections\.yaml:2: entry 1: kind: "corection" is none of "update", "correction" \(did you mean "correction"\?\)/] },
	{ name: 'a straight apostrophe in a title', layer: 'schema', edit: [[SECOND, 'title: The second section', "title: The second section's"]], expect: [/content\/sections\/02-second\.mdx:\d+: title: a straight apostrophe or single quote: write ’/, /Hint: A page’s frontmatter fields are in src\/data\/schemas\.ts \(sectionSchema/] },
	// Markdown the parser did not take reached the page as typed, brackets, asterisks and all.
	{ name: 'a note mark inside a link’s words', layer: 'mdx', edit: inSecond('Read [the story[^1]](https://example.org/story).'), expect: [/02-second\.mdx:\d+:20: “\]\(” left as typed, not a link/] },
	{ name: 'an unclosed bold and emphasis', layer: 'mdx', edit: inSecond('**Important: the allies said so. And *nobody denied it.'), expect: [/02-second\.mdx:\d+:1: an asterisk left as typed: emphasis is \*words\*/] },
	{ name: 'a reference link never defined, and a wiki link', layer: 'mdx', edit: inSecond('See [NATO][nato-site] and [[Article 5]].'), expect: [/02-second\.mdx:\d+:10: “\]\[” left as typed/, /02-second\.mdx:\d+:27: “\[\[” left as typed/] },
	{ name: 'a note label of two words', layer: 'mdx', edit: inSecond('Text.[^two words]'), expect: [/02-second\.mdx:\d+:6: a note mark “\[\^…\]” left as typed: a note’s label is one word/] },
	// Markdown that reads a line of prose as structure the writer did not mean.
	{ name: 'a rule written right under a line of text', layer: 'mdx', edit: inSecond('The first part ends here.\n---\n\nAnd another thought.\n==='), expect: [/02-second\.mdx:17:1: a line of “---” or “===” right under a line of text makes that text a heading/, /02-second\.mdx:20:1: a line of “---”/] },
	{ name: 'a sentence that begins with a year', layer: 'mdx', edit: inSecond('1955. West Germany joined.\n\n- One\n- Two\n\n1. First\n2. Second\n\n1999. Poland joined.'), expect: [/02-second\.mdx:17:1: a line beginning “1955\.” is a numbered list item/, /02-second\.mdx:25:1: a line beginning “1999\.”/] },
	{ name: 'an address written www. without https://', layer: 'mdx', edit: inSecond('Texts are at www.nato.int for all.'), expect: [/02-second\.mdx:17:14: “www\.nato\.int”, written without https:\/\/, is linked by Markdown as http:\/\/, which the briefing refuses: write https:\/\/www\.nato\.int/] },
	{ name: 'a table row with a | inside code', layer: 'mdx', edit: inSecond('| Code | Model | Hours |\n| --- | --- | --- |\n| `a|b` | F-16 | 24/7 |'), expect: [/02-second\.mdx:19:1: a table row of 4 cells under a heading row of 3: the cells beyond column 3 would be dropped; a \| inside a cell, code included, is written \\\|/] },
	{ name: 'a table row with a cell left out', layer: 'mdx', edit: inSecond('| Ally | Since | Position |\n| --- | --- | --- |\n| Norway | For |'), expect: [/02-second\.mdx:19:1: a table row of 2 cells under a heading row of 3: the row would be filled out with empty cells; write each cell, an empty one as \| \|/] },
	{ name: 'a table without its line of dashes', layer: 'mdx', edit: inSecond('| Question | Status |\n| Timing | Open |'), expect: [/02-second\.mdx:17:1: a table without its line of dashes under the heading row \(\| --- \| --- \|\) is no table/] },
	{ name: 'a table written straight under a line of text, without its line of dashes', layer: 'mdx', edit: inSecond('Where each stands:\n| Question | Status |\n| Timing | Open |'), expect: [/02-second\.mdx:18:1: a table without its line of dashes under the heading row \(\| --- \| --- \|\) is no table/] },
	{ name: 'a table whose line of dashes has a column fewer than its heading row', layer: 'mdx', edit: inSecond('| Ally | Since | Position |\n| --- | --- |\n| Norway | 1949 | For |'), expect: [/02-second\.mdx:17:1: a table whose line of dashes has 2 cells under a heading row of 3 is no table: give every column its ---/] },
	// Read out of its sentence in a screen reader's list of links, it said “here” (an author's trial).
	{ name: 'a link whose words are “here”', layer: 'mdx', edit: inSecond('The communiqué is [here](https://example.org/communique).'), expect: [/02-second\.mdx:17:\d+: a link whose words are “here” says nothing of where it leads/] },
	{ name: 'a reference-style link whose words are “click here”, over two lines', layer: 'mdx', edit: inSecond('The communiqué: [click\nhere][communique].\n\n[communique]: https://example.org/communique'), expect: [/02-second\.mdx:17:\d+: a link whose words are “click here” says nothing of where it leads/] },
	{ name: 'a link with no words', layer: 'mdx', edit: inSecond('See [](https://example.org/story).'), expect: [/02-second\.mdx:17:5: a link to "https:\/\/example\.org\/story" with no words/] },
	{ name: 'a straight quote in a note', layer: 'mdx', edit: [[SECOND, '[^1]: [@beta-2024-02-02].', '[^1]: [@beta-2024-02-02]. He said "yes".']], expect: [/02-second\.mdx:19:35: a straight double quote/] },
	{ name: 'ranges written with a hyphen', layer: 'mdx', edit: inSecond('From 2022-2024, and again on 3-4 December.'), expect: [/02-second\.mdx:17:6: a hyphen in a range of years or days: write an en dash/] },
	{ name: 'typewriter dashes and dots in prose', layer: 'mdx', edit: inSecond('Then -- after a pause... it ended.'), expect: [F2, /a double hyphen: write an en dash/, /three full stops: write an ellipsis/] },
	// Links by allowlist.
	{ name: 'a javascript: link', layer: 'mdx', edit: inSecond('[Click](javascript:alert(1))'), expect: [F2, /link to "javascript:alert\(1\)"/] },
	{ name: 'a data: link', layer: 'mdx', edit: inSecond('[Open](data:text/html,<script>alert(1)</script>)'), expect: [F2, /link to "data:text\/html/] },
	{ name: 'a file: link', layer: 'mdx', edit: inSecond('[Secrets](file:///etc/passwd)'), expect: [F2, /link to "file:\/\/\/etc\/passwd"/] },
	{ name: 'a plain http link in capitals', layer: 'mdx', edit: inSecond('[Old](HTTP://example.org/)'), expect: [F2, /link to "HTTP:\/\/example\.org\/"/] },
	{ name: 'a page of the briefing without its leading slash', layer: 'mdx', edit: inSecond('[The plan](victory-plan.html#the-plan)'), expect: [F2, /link to "victory-plan\.html#the-plan": .* \(a page of the briefing: write \/victory-plan\.html#the-plan\)/] },
	// A host's pretty URL: an author's trial found these only after the whole build, named in the built page.
	{ name: 'a page of the briefing without its .html', layer: 'mdx', edit: inSecond('See [the heading](/first#a-heading) and [the section](/first).'), expect: [/02-second\.mdx:17:5: link to "\/first#a-heading": a page of the briefing is linked by its file's name, with \.html .*: write \/first\.html#a-heading$/m, /02-second\.mdx:17:41: link to "\/first": .*: write \/first\.html$/m] },
	{ name: 'a protocol-relative link', layer: 'mdx', edit: inSecond('[Elsewhere](//evil.example/)'), expect: [F2, /link to "\/\/evil\.example\/"/] },
	{ name: 'an image from another site', layer: 'mdx', edit: inSecond('![Tracker](https://evil.example/pixel.png)'), expect: [F2, /image "https:\/\/evil\.example\/pixel\.png": sections hold no images yet/] },
	{ name: 'an image from the site', layer: 'mdx', edit: inSecond('![A map of Europe](/map.png)'), expect: [F2, /image "\/map\.png": sections hold no images yet \(the EPUB edition cannot carry them/] },

	// Headings: one outline under the section's title.
	{ name: 'a second title in the body', layer: 'mdx', edit: inSecond('# Another title'), expect: [F2, /a # heading: the section’s title comes from its frontmatter; its headings start at ##/] },
	{ name: 'a heading that skips a level', layer: 'mdx', edit: inSecond('#### Too deep'), expect: [F2, /a #### heading after a ## heading: go down one level at a time \(###\)/] },
	{ name: 'a ## heading inside a note after the briefing', layer: 'mdx', edit: inSecond('<AfterNote date="2024-12-04">\n\n## Later\n\nText.\n\n</AfterNote>'), expect: [F2, /a ## heading inside <AfterNote>: its title is its ##, so its headings start at ###/] },
	{ name: 'a heading that skips a level inside a note after the briefing', layer: 'mdx', edit: inSecond('<AfterNote date="2024-12-04">\n\n#### Later\n\nText.\n\n</AfterNote>'), expect: [F2, /a #### heading after a ## heading: go down one level at a time \(###\)/] },
	{ name: 'a heading deeper than the whole briefing can set', layer: 'mdx', edit: inSecond('### Three\n\n#### Four\n\n##### Five\n\n###### Six'), expect: [F2, /a ###### heading: headings go down to ##### at most/] },

	// Footnotes and citations.
	{ name: 'a footnote label defined twice', layer: 'mdx', edit: [[SECOND, '[^1]: [@beta-2024-02-02].', '[^1]: [@beta-2024-02-02].\n\n[^1]: [@beta-2024-02-02]. Again.']], expect: [F2, /footnote \[\^1\] is defined twice \(first on line \d+\)/] },
	{ name: 'a citation in the body text', layer: 'mdx', edit: inSecond('As reported [@beta-2024-02-02].'), expect: [F2, /\[@beta-2024-02-02\] outside a note/] },
	{ name: 'an unknown citation in the body text', layer: 'mdx', edit: inSecond('As reported [@no-such-source].'), expect: [F2, /\[@no-such-source\] outside a note/] },
	{ name: 'a note’s number before the punctuation its words end with', layer: 'mdx', edit: [[SECOND, 'about quokkas.[^1]', 'about quokkas[^1].']], expect: [F2, /footnote \[\^1\] stands before the “\.” that ends its words: put the number after it \(“…\.\[\^1\]”\)/] },
	{ name: 'a footnote in a heading', layer: 'mdx', edit: [[SECOND, '## Looking back', '## Looking back[^1]']], expect: [F2, /footnote \[\^1\] in a heading/] },
	{ name: 'an unknown source id in a footnote', layer: 'mdx', edit: [[SECOND, '[^1]: [@beta-2024-02-02].', '[^1]: [@beta-2042-02-02].']], expect: [F2, /footnote \[\^1\] cites unknown source "beta-2042-02-02" \(did you mean "beta-2024-02-02"\?\); add it to sources\.yaml or fix the id/] },
	{ name: 'a citation in Pandoc’s fuller form in the text', layer: 'mdx', edit: inSecond('As reported [see @beta-2024-02-02, p. 3].'), expect: [F2, /“\[see @beta-2024-02-02, p\. 3\]” holds more than a source: .*; and a citation belongs in a note: write \[\^label\] here/] },
	{ name: 'a citation in Pandoc’s fuller form split by emphasis', layer: 'mdx', edit: [[SECOND, 'quokkas.[^1]\n\n[^1]: [@beta-2024-02-02].', 'quokkas.[^1]\n\n[^1]: [see *@beta-2024-02-02*, p. 3].']], expect: [F2, /footnote \[\^1\] “\[see @beta-2024-02-02, p\. 3\]” holds more than a source/] },
	{ name: 'citations in Pandoc’s fuller forms', layer: 'mdx', edit: [[SECOND, 'quokkas.[^1]\n\n[^1]: [@beta-2024-02-02].', 'quokkas.[^1][^2][^3]\n\n[^1]: [@beta-2024-02-02, p. 3].\n[^2]: [@alpha-2024-01-01]; see also [see @beta-2024-02-02].\n[^3]: [@beta-2024-02-02;@alpha-2024-01-01].']], expect: [/footnote \[\^1\] “\[@beta-2024-02-02, p\. 3\]” holds more than a source: write each source alone in its brackets, \[@beta-2024-02-02\], and any words or page outside them/, /footnote \[\^2\] “\[see @beta-2024-02-02\]” holds more than a source/, /footnote \[\^3\] “\[@beta-2024-02-02;@alpha-2024-01-01\]” holds more than a source: .* \[@beta-2024-02-02\]; \[@alpha-2024-01-01\], and any words/] },
	{ name: 'an address in angle brackets', layer: 'mdx', edit: inSecond('See <https://example.org/story>.'), expect: [/02-second\.mdx:17:5: an address in angle brackets is a tag in MDX, not a link: write it bare/] },
	{ name: 'an attribute in curly quotes', layer: 'mdx', edit: inFirst('<Quote id=“ada-hello” />'), expect: [/01-first\.mdx:19:11: an attribute’s value takes straight quotes/] },
	{ name: 'a footnote that names no source', layer: 'mdx', edit: [[SECOND, '[^1]: [@beta-2024-02-02].', '[^1]: Somewhere, surely.']], expect: [F2, /footnote \[\^1\] does not name a source/] },
	{ name: 'a footnote reference without a definition', layer: 'mdx', edit: [[SECOND, 'about quokkas.[^1]', 'about quokkas.[^1] And wombats.[^2]']], expect: [/content\/sections\/02-second\.mdx:\d+:\d+: footnote \[\^2\] has no definition/] },
	{ name: 'a footnote definition nobody references', layer: 'mdx', edit: [[SECOND, '[^1]: [@beta-2024-02-02].', '[^1]: [@beta-2024-02-02].\n\n[^orphan]: [@beta-2024-02-02].']], expect: [F2, /footnote \[\^orphan\] is defined but never referenced/] },
	{ name: 'an empty section body', layer: 'mdx', files: { [SECOND]: section('', '') }, edit: [], expect: [/content\/sections\/02-second\.mdx: the section has no body text|no body text/] },

	// Dates: only the note after the briefing reports what came later.
	{ name: 'a timeline event linked to a part its section does not have', layer: 'references', build: true, edit: [['timeline.yaml', 'sections: [first]', 'sections: [first#a-headin]']], expect: [/content\/timeline\.yaml:\d+: event "first-event": sections: "first" has no part with the id "a-headin" \(did you mean "a-heading"\?\)/], buildExpect: [/Location:\s*\S*content\/timeline\.yaml:\d+/] },
	{ name: 'a timeline event linked to a part with no id after its #', layer: 'schema', edit: [['timeline.yaml', 'sections: [first]', 'sections: [first#]']], expect: [/content\/timeline\.yaml:\d+: .*sections.*: expected a section's slug, or its slug, a # and the id of its part/] },
	{ name: 'an event’s last day before its first', layer: 'schema', edit: [['timeline.yaml', 'date: "2024-01-01"', 'date: "2024-01-01"\n  lastDay: "2023-12-31"']], expect: [/content\/timeline\.yaml:3: entry "first-event": lastDay: lastDay is the last of several days: give a day after date, itself a whole day \(YYYY-MM-DD\)/] },
	{ name: 'an event of several days whose first is a month', layer: 'schema', edit: [['timeline.yaml', 'date: "2024-02"', 'date: "2024-02"\n  lastDay: "2024-02-03"']], expect: [/content\/timeline\.yaml:\d+: entry "second-event": lastDay: .*itself a whole day/] },
	{ name: 'an event of several days still running after the as-of date, not marked scheduled', layer: 'references', edit: [['timeline.yaml', 'date: "2024-02"', 'date: "2024-11-28"\n  lastDay: "2024-11-30"']], expect: [/content\/timeline\.yaml:\d+: event "second-event": its last day 2024-11-30 is after the as-of date \(2024-11-29\)/] },
	{ name: 'a timeline event after the as-of date, not marked scheduled', layer: 'references', edit: [['timeline.yaml', 'date: "2024-02"', 'date: "2024-12-03"']], expect: [/content\/timeline\.yaml:\d+: event "second-event": date 2024-12-03 is after the as-of date \(2024-11-29\)/] },
	{ name: 'a note after the briefing dated before the as-of date', layer: 'mdx', edit: inSecond('<AfterNote date="2024-11-01">\n\nLater.\n\n</AfterNote>'), expect: [F2, /<AfterNote>: date="2024-11-01" is not after the briefing's as-of date \(2024-11-29\)/] },
	{ name: 'a note after the briefing that says it is about nothing', layer: 'mdx', edit: inSecond('<AfterNote date="2024-12-04" about=" ">\n\nLater.\n\n</AfterNote>'), expect: [F2, /<AfterNote>: about="" is empty/] },
	{ name: 'a section current to a later day than the briefing', layer: 'references', edit: [[SECOND, 'asOf: 2024-11-29', 'asOf: 2024-11-30']], expect: [/content\/sections\/02-second\.mdx:6: asOf: 2024-11-30 is after the briefing's own as-of date/] },
	{ name: 'another year’s word for a spelling, not a reader’s word', layer: 'schema', edit: [['spellings.yaml', '  variants: [Kiev]', '  variants: [Kiev]\n  earlier: Kyyiv']], expect: [/content\/spellings\.yaml:4: entry "kyiv": earlier: only a reader’s word \(kind: word\) means something else in another year/] },
	{ name: 'updated before asOf', layer: 'schema', edit: [[SECOND, 'updated: 2024-11-30', 'updated: 2024-11-01']], expect: [/content\/sections\/02-second\.mdx:\d+: updated: updated \(2024-11-01\) is before asOf \(2024-11-29\)/] },
	{ name: 'a quotation dated after the note it is in', layer: 'mdx', edit: [['quotes.yaml', 'date: "2024-01-01"\n  context: Said', 'date: "2024-12-05"\n  context: Said'], [FIRST, '<Quote id="ada-hello" />', '<AfterNote date="2024-12-04">\n\n<Quote id="ada-hello" />\n\n</AfterNote>']], expect: [F1, /<Quote>: quote "ada-hello" is dated 2024-12-05 \(content\/quotes\.yaml:5\), after the date of the <AfterNote> it is in \(2024-12-04\); a note is dated as of the latest events it reports: date it 2024-12-05 or later, or the date there is wrong/] },
	{ name: 'a quotation from after the as-of date outside the note', layer: 'mdx', edit: [['quotes.yaml', 'date: "2024-01-01"\n  context: Said', 'date: "2024-12-03"\n  context: Said']], expect: [F1, /quote "ada-hello" is dated 2024-12-03 \(content\/quotes\.yaml:5\), after the briefing's as-of date .*, or the date there is wrong/] },

	// Names and shapes.
	{ name: 'a Markdown file among the sections', layer: 'names', build: true, files: { 'sections/09-extra.md': section('') }, expect: [/content\/sections\/09-extra\.md: not a section file name/], buildExpect: [/Location:\s*\S*content\/sections\/09-extra\.md$/m] },
	{ name: 'a section file name with a #', layer: 'names', files: { 'sections/09-a#b.mdx': section('') }, expect: [/content\/sections\/09-a#b\.mdx: not a section file name/] },
	{ name: 'a section file without its number', layer: 'names', files: { 'sections/extra.mdx': section('') }, expect: [/content\/sections\/extra\.mdx: not a section file name/] },
	{ name: 'a section file name with capitals and spaces', layer: 'names', files: { 'sections/09-Extra Section!.mdx': section('') }, expect: [/content\/sections\/09-Extra Section!\.mdx: not a section file name/] },
	{ name: 'a section named like the glossary page', layer: 'names', files: { 'sections/09-glossary.mdx': section('') }, expect: [/content\/sections\/09-glossary\.mdx: the slug "glossary" is the name of one of the site's own pages/] },
	{ name: 'a section named like the overview', layer: 'names', files: { 'sections/09-index.mdx': section('') }, expect: [/content\/sections\/09-index\.mdx: the slug "index" is the name of one of the site's own pages/] },
	{ name: 'a duplicate section slug', layer: 'names', files: { 'sections/03-first.mdx': section('') }, expect: [/content\/sections\/0[13]-first\.mdx: its slug "first" is already used by content\/sections\/0[13]-first\.mdx/] },
	// Astro's glob() had kept one of the two without a word, and the build passed (an author's trial).
	{ name: 'a copy of a section under another number', layer: 'names', files: { 'sections/06-first.mdx': fixture('sections/01-first.mdx') }, expect: [/content\/sections\/06-first\.mdx: its slug "first" is already used by content\/sections\/01-first\.mdx/, /Hint: Rename one of the two files/] },
	{ name: 'an alias bomb in frontmatter', layer: 'yaml', edit: [[SECOND, 'shortTitle: Second', 'a: &a ["x","x","x","x","x","x","x","x","x"]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nshortTitle: Second']], expect: [/content\/sections\/02-second\.mdx:\d+: YAML aliases \(\*a\) and merge keys \(<<\) are not supported/] },
	{ name: 'an ordinary YAML alias in a data file', layer: 'yaml', edit: [['sources.yaml', '  publisher: Alpha Gazette', '  publisher: &gazette Alpha Gazette'], ['sources.yaml', '  publisher: Beta Wire', '  publisher: *gazette']], expect: [/content\/sources\.yaml:\d+: YAML aliases \(\*gazette\) and merge keys \(<<\) are not supported/] },
	{ name: 'a YAML merge key', layer: 'yaml', edit: [['people.yaml', '- id: ada-example\n', '- id: ada-example\n  <<: {}\n']], expect: [/content\/people\.yaml:\d+: YAML merge keys \(<<\) are not supported/] },
	{ name: 'a member that joined before the alliance was founded', layer: 'schema', edit: [['members.yaml', 'joined: "1949"', 'joined: "1948"']], expect: [/content\/members\.yaml:3: entry "056": joined: before the alliance was founded: its founders joined in 1949/] },
	{ name: 'an empty data list', layer: 'yaml', files: { 'members.yaml': '[]\n' }, expect: [/content\/members\.yaml:1: the list is empty/] },
	// It had been told it was not written YYYY-MM-DD, which it was (an author's trial).
	{ name: 'a timeline range from a day that does not exist', layer: 'mdx', edit: [[FIRST, '<Timeline from="2024" to="2024" />', '<Timeline from="2024-11-31" to="2024" />']], expect: [F1, /<Timeline>: from="2024-11-31" names no real day: that month has fewer days/] },
	{ name: 'a reversed timeline range', layer: 'mdx', edit: [[FIRST, '<Timeline from="2024" to="2024" />', '<Timeline from="2024-02" to="2024-01" />']], expect: [F1, /<Timeline>: from="2024-02" comes after to="2024-01": the range is reversed/] },
	{ name: 'an empty timeline range', layer: 'mdx', edit: [[FIRST, '<Timeline from="2024" to="2024" />', '<Timeline from="1990" to="1991" />']], expect: [F1, /<Timeline>: no timeline event falls between 1990 and 1991/] },

	// Frontmatter and data fields.
	{ name: 'a key point holding a colon, unquoted', layer: 'schema', edit: [[FIRST, '  - A widget appears.', '  - Why now: a widget appears.']], expect: [/content\/sections\/01-first\.mdx:\d+: keyPoints #1: the text after “Why now: ” was read as a field of its own, .*double quotes/] },
	{ name: 'an empty frontmatter field', layer: 'schema', edit: [[FIRST, /^summary: .*$/m, 'summary:']], expect: [/content\/sections\/01-first\.mdx:\d+: summary: empty: give it a value \(text\)/] },
	{ name: 'a missing frontmatter field', layer: 'schema', edit: [[FIRST, /^summary: .*\n/m, '']], expect: [/content\/sections\/01-first\.mdx:\d+: summary: missing: the field is required \(text\)/] },
	{ name: 'a mistyped frontmatter field', layer: 'schema', build: true, edit: [[FIRST, 'order: 1', 'order: first']], expect: [/content\/sections\/01-first\.mdx:\d+: order: /] },
	{ name: 'a misspelt frontmatter field', layer: 'schema', edit: [[FIRST, 'shortTitle: First', 'shortTitle: First\nsumary: typo']], expect: [/content\/sections\/01-first\.mdx:\d+: /, /sumary/] },
	// What Astro's own reader of frontmatter (js-yaml) said first, with none of the data files' explanation (an author's trial).
	// Built too: a section's frontmatter reaches our reader only through Astro's MDX reader (src/loaders/mdx-folder.ts).
	{ name: 'a frontmatter field written twice', layer: 'yaml', build: true, edit: [[FIRST, 'order: 1', 'order: 1\norder: 5']], expect: [/content\/sections\/01-first\.mdx:6: order: Map keys must be unique \(a field written twice in one entry; first on line 5\)/] },
	{ name: 'a tab in frontmatter’s indentation', layer: 'yaml', edit: [[FIRST, '  - Ada Example speaks.', '\t- Ada Example speaks.']], expect: [/content\/sections\/01-first\.mdx:10: .*\(a tab in the indentation: YAML indents with spaces/] },
	{ name: 'a title holding a colon, unquoted', layer: 'yaml', edit: [[FIRST, 'title: The first section', 'title: Partial coverage: the first section']], expect: [/content\/sections\/01-first\.mdx:2: title: the text after “Partial coverage: ” was read as a field of its own, .*double quotes/] },
	// A misspelt field is named at its line, with the field it is closest to; the field it stands for is not also reported missing.
	{ name: 'a misspelt required frontmatter field', layer: 'schema', edit: [[FIRST, /^summary:/m, 'sumary:']], expect: [/content\/sections\/01-first\.mdx:4: sumary: unknown field \(did you mean "summary"\?\)/, /^(?![\s\S]*missing)/] },
	{ name: 'a misspelt field in a data entry', layer: 'schema', edit: [['sources.yaml', '  publisher: Beta Wire', '  publsher: Beta Wire']], expect: [/content\/sources\.yaml:8: entry "beta-2024-02-02": publsher: unknown field \(did you mean "publisher"\?\)/, /^(?![\s\S]*missing)/] },
	{ name: 'unknown frontmatter fields', layer: 'schema', edit: [[FIRST, 'order: 1', 'order: 1\nupdate: 2024-11-30\nauthor: Ada Example']], expect: [/content\/sections\/01-first\.mdx:6: update: unknown field/, /content\/sections\/01-first\.mdx:7: author: unknown field/] },
	{ name: 'several frontmatter problems at once', layer: 'schema', edit: [[FIRST, /^summary: .*$/m, 'summary: Too short.'], [FIRST, '  - Ada Example speaks.\n  - A table follows.\n', '']], expect: [/content\/sections\/01-first\.mdx:4: summary: a summary is one or two full sentences \(40 characters at least\)/, /content\/sections\/01-first\.mdx:8: keyPoints: give three to six key points$/m] },
	{ name: 'a date that is not a date', layer: 'schema', edit: [[FIRST, 'asOf: 2024-11-29', 'asOf: 2024-11-31']], expect: [/content\/sections\/01-first\.mdx:\d+: asOf: expected a real calendar date/] },
	{ name: 'YAML that does not parse', layer: 'yaml', build: true, edit: [['sources.yaml', '  publisher: Beta Wire', '  publisher: [Beta Wire']], expect: [/content\/sources\.yaml:\d+:/], buildExpect: [/Location: content\/sources\.yaml:\d+$/m] },
	{ name: 'a tab in a data file’s indentation', layer: 'yaml', edit: [['people.yaml', '  name: Ada Example', '\tname: Ada Example']], expect: [/content\/people\.yaml:\d+: .*\(a tab in the indentation: YAML indents with spaces/] },
	{ name: 'a field indented a space too deep', layer: 'yaml', edit: [['people.yaml', '  name: Ada Example', '   name: Ada Example']], expect: [/content\/people\.yaml:\d+: .*\(most often an indent a space off/] },
	{ name: 'a data entry without an id', layer: 'yaml', edit: [['people.yaml', '- id: ada-example\n', '- name_id: ada-example\n']], expect: [/content\/people\.yaml:1: entry has no `id` field/] },
	// From an author's trial: Zod's “expected array” said what the field holds, not how to write it; “expected a date
	// written YYYY” answered a year written YYYY, which YAML had read as a number.
	{ name: 'a missing list field', layer: 'schema', edit: [[FIRST, /^sources: .*\n/m, '']], expect: [/content\/sections\/01-first\.mdx:\d+: sources: missing: the field is required \(a list, \[first, second\] or one “- ” item a line under it\)/] },
	{ name: 'a source’s year left unquoted', layer: 'schema', edit: [['sources.yaml', 'date: "2024-01-01"', 'date: 2024']], expect: [/content\/sources\.yaml:\d+: entry "alpha-2024-01-01": date: write the year in quotes \("2024"\): YAML reads 2024 alone as a number/] },
	{ name: 'a year left unquoted in a data file', layer: 'schema', edit: [['timeline.yaml', 'date: "2024-02"', 'date: 2024']], expect: [/content\/timeline\.yaml:\d+: entry "second-event": date: write the year in quotes \("2024"\): YAML reads 2024 alone as a number/] },
	// A section's year mistyped had been told to raise the briefing's date to it and to log it, and refused only then, in briefing.yaml (an author's trial).
	{ name: 'a section updated after today', layer: 'publication', edit: [[FIRST, 'updated: 2024-11-29', 'updated: 2999-11-29']], expect: [/content\/sections\/01-first\.mdx:7: updated: 2999-11-29 is after today \(\d{4}-\d\d-\d\d by the build's clock, a day's grace allowed\); a change is dated the day it is made/] },
	// Placed at the file's line 0, where the note's own line says which note: an author's trial.
	{ name: 'a note after the briefing that no update announces', layer: 'publication', edit: inSecond('<AfterNote date="2024-11-30">\n\nLater.\n\n</AfterNote>'), expect: [/content\/sections\/02-second\.mdx:\d+: <AfterNote date="2024-11-30"> has no update naming "second" in content\/corrections\.yaml; add one, so readers see it at the top: dated the day it is added, with note: 2024-11-30 \(or dated 2024-11-30, if added that day\)/] },
	{ name: 'a note after the briefing in the overview that no update announces', layer: 'publication', edit: [['overview.mdx', '\n[^1]: ', '\n<AfterNote date="2024-11-30">\n\nLater.\n\n</AfterNote>\n\n[^1]: ']], expect: [/content\/overview\.mdx:\d+: <AfterNote date="2024-11-30"> has no update naming "overview" in content\/corrections\.yaml/] },
	{ name: 'an update announcing a note that no section it names holds', layer: 'publication', edit: [['corrections.yaml', 'kind: correction\n', 'kind: update\n  note: 2024-11-29\n']], expect: [/content\/corrections\.yaml:3: entry 1 \(2024-11-30\): note: no page this update names holds an <AfterNote date="2024-11-29">/] },
	{ name: 'a correction that names no page', layer: 'schema', edit: [['corrections.yaml', '  sections: [second]\n', '']], expect: [/content\/corrections\.yaml:\d+: entry 1: sections: name the sections this entry touches, by slug, or overview, or the reference pages in referencePages/] },
	{ name: 'a correction announcing a note', layer: 'schema', edit: [['corrections.yaml', 'kind: correction\n', 'kind: correction\n  note: 2024-11-30\n']], expect: [/content\/corrections\.yaml:3: entry 1: note: only an update announces a note; leave note out of a correction/] },
	// Renamed, the build had offered the new slug to write into the record, and the published page was gone (an author's trial).
	// The timeline already follows it (the first round of messages), the record does not.
	{ name: 'a section published from the start, its file renamed', layer: 'publication', edit: [['briefing.yaml', 'firstPublished: 2024-11-29\n', 'firstPublished: 2024-11-29\nfirstSections: [first, second]\n'], ['timeline.yaml', 'sections: [second]', 'sections: [secund]']], files: { [SECOND]: null, 'sections/02-secund.mdx': fixture(SECOND) }, expect: [/content\/briefing\.yaml:9: firstSections: no section "second": a section published from the start keeps its address, second\.html, which readers' links and citations lead to; if "secund" is that section renamed, give its file back the slug "second"/, /content\/corrections\.yaml:4: entry 1 \(2024-11-30\): sections: no section "second": a section published from the start keeps its address/] },
	{ name: 'a section added since first publication, with no update of its addition', layer: 'publication', edit: [['briefing.yaml', 'firstPublished: 2024-11-29\n', 'firstPublished: 2024-11-29\nfirstSections: [first]\n']], expect: [/content\/sections\/02-second\.mdx:7: "second" was not published on 2024-11-29 \(firstSections in content\/briefing\.yaml lists the sections that were\), and no update adds it; log its addition, an update dated the day it is added with "second" in its sections and its added/] },
	{ name: 'a change dated after today', layer: 'publication', edit: [['briefing.yaml', 'updated: 2024-11-30', 'updated: 2999-11-30']], expect: [/content\/briefing\.yaml:10: updated: 2999-11-30 is after today \(\d{4}-\d\d-\d\d by the build's clock, a day's grace allowed\); a change is dated the day it is made/] },
	// It had stopped the build only as the whole briefing's page was made, at no line.
	{ name: 'a timeline event before the drawing’s first year', layer: 'references', edit: [['timeline.yaml', 'date: "2024-02"', 'date: "1940"']], expect: [/content\/timeline\.yaml:8: event "second-event": date 1940 falls outside the timeline drawing, which spans 1949–2024; widen its years/] },
	{ name: 'a duplicate id in a data file', layer: 'yaml', edit: [['timeline.yaml', '- id: second-event', '- id: first-event']], expect: [/content\/timeline\.yaml:\d+: duplicate id "first-event" \(first defined on line 1\)/] },
	{ name: 'a source address that is not https', layer: 'schema', edit: [['sources.yaml', 'url: https://example.org/alpha', 'url: http://example.org/alpha']], expect: [/content\/sources\.yaml:\d+: entry "alpha-2024-01-01": url: expected an https:\/\/ address/] },
	{ name: 'a copy that does not say what it copies', layer: 'schema', edit: [['sources.yaml', '  type: news\n', '  type: copy\n']], expect: [/content\/sources\.yaml:\d+: entry "alpha-2024-01-01": via: a copy says what it copies/] },
	{ name: 'a source without its kind', layer: 'schema', edit: [['sources.yaml', '  type: news\n', '']], expect: [/content\/sources\.yaml:\d+: entry "alpha-2024-01-01": type: say what kind of source it is/] },
	{ name: 'a log entry naming a page that is no reference page', layer: 'schema', edit: [['corrections.yaml', 'sections: [second]', 'sections: [second]\n  referencePages: [peple]']], expect: [/content\/corrections\.yaml:\d+: .*referencePages.*: name a reference page: timeline, people, glossary, sources/] },
	{ name: 'a log entry saying what changed on a page it does not name', layer: 'schema', edit: [['corrections.yaml', 'sections: [second]', 'sections: [second]\n  changes:\n    first: The first section’s date is put right as well.']], expect: [/content\/corrections\.yaml:6: entry 1: changes\.first: "first" is not a page this entry names: give changes for second, or add it to sections or referencePages/] },
	// The overview's change, where the entry does not name it, showed nowhere: its notice says the summary, and the log lists it only where named.
	{ name: 'a log entry saying what changed on the overview, which it does not name', layer: 'schema', edit: [['corrections.yaml', 'sections: [second]', 'sections: [second]\n  changes:\n    overview: The overview’s date is put right as well.']], expect: [/content\/corrections\.yaml:6: entry 1: changes\.overview: "overview" is not a page this entry names: give changes for second, or add it to sections or referencePages/] },
	{ name: 'a straight apostrophe inside a quotation', layer: 'schema', edit: [['quotes.yaml', 'text: “Fixtures keep tests honest”', "text: “Fixtures keep tests' honest”"]], expect: [/content\/quotes\.yaml:\d+: entry "ada-hello": text: a straight apostrophe or single quote: write ’/] },
	// Every field a page shows as text is held to the prose's typography, names and titles as much as sentences.
	{ name: 'a straight quote in a glossary term', layer: 'schema', edit: [['glossary.yaml', 'term: Widget', 'term: Widget ("gadget")']], expect: [/content\/glossary\.yaml:2: entry "widget": term: a straight double quote/, /Hint: The data files’ fields are in src\/data\/schemas\.ts/] },
	{ name: 'a straight apostrophe in a person’s name', layer: 'schema', edit: [['people.yaml', 'name: Ada Example', "name: Ada O'Example"]], expect: [/content\/people\.yaml:2: entry "ada-example": name: a straight apostrophe/] },
	{ name: 'typewriter marks in a log entry’s summary', layer: 'schema', edit: [['corrections.yaml', 'was a day out and', "was a day out -- the allies' answer -- and"]], expect: [/content\/corrections\.yaml:\d+: entry 1: summary: a straight apostrophe or single quote: write ’ or ‘…’; a double hyphen: write an en dash/] },
	{ name: 'typewriter marks in what a note after the briefing is about', layer: 'mdx', edit: inSecond('<AfterNote date="2024-12-04" about="the allies\' answer, 3--4 December">\n\nLater.\n\n</AfterNote>'), expect: [F2, /<AfterNote>: about="the allies' answer, 3--4 December": a straight apostrophe or single quote: write ’ or ‘…’; a double hyphen/] },
	{ name: 'HTML in a glossary definition', layer: 'schema', edit: [['glossary.yaml', /definition: (\S+)/, 'definition: <em>$1</em>']], expect: [/content\/glossary\.yaml:\d+: entry "[^"]+": definition: “<em>” would show as typed: this field is plain text, where HTML is not read/] },
	{ name: 'Markdown in a key point', layer: 'schema', edit: [[FIRST, '  - A widget appears.', '  - A widget appears in the *Financial Times*.[^1]']], expect: [/content\/sections\/01-first\.mdx:9: keyPoints #1: “\*Financial Times\*” would show as typed: this field is plain text, where Markdown is not read/] },
	{ name: 'a Markdown link in a glossary definition', layer: 'schema', edit: [['glossary.yaml', 'definition: A thing used in examples.', 'definition: A thing used in examples ([story](https://example.org/story)).']], expect: [/content\/glossary\.yaml:4: entry "widget": definition: “\]\(” would show as typed/] },
	{ name: 'typewriter marks in a glossary definition', layer: 'schema', edit: [['glossary.yaml', 'definition: A thing used in examples.', 'definition: A thing -- used in examples.']], expect: [/content\/glossary\.yaml:4: entry "widget": definition: a double hyphen: write an en dash/] },
	{ name: 'a value cut short by “ #”', layer: 'schema', edit: [['timeline.yaml', 'title: Something happened', 'title: Something happened #today']], expect: [/content\/timeline\.yaml:3: “Something happened #today”: YAML reads “ #” in a value without quotes as the start of a comment/] },
	{ name: 'a quotation without its curly quotes', layer: 'schema', edit: [['quotes.yaml', 'text: “Fixtures keep tests honest”', 'text: Fixtures keep tests honest']], expect: [/content\/quotes\.yaml:\d+: entry "ada-hello": text: write the quotation exactly as in the source/] },
	{ name: 'a licence address that is not https, in briefing.yaml', layer: 'schema', edit: [['briefing.yaml', 'url: https://creativecommons.org/licenses/by/4.0/', 'url: http://creativecommons.org/licenses/by/4.0/']], expect: [/content\/briefing\.yaml:6: licence\.url: expected an https:\/\/ address/] },

	// Cross-references, once everything is loaded.
	{ name: 'a footnote citing a source the frontmatter leaves out', layer: 'references', edit: [[SECOND, 'sources: [beta-2024-02-02]', 'sources: [alpha-2024-01-01]']], expect: [/content\/sections\/02-second\.mdx:12: a footnote cites "beta-2024-02-02", which the frontmatter's sources list leaves out/, /02-second\.mdx:12: sources: lists "alpha-2024-01-01" but no footnote cites it/] },
	{ name: 'an unknown source id in frontmatter', layer: 'references', edit: [[SECOND, 'sources: [beta-2024-02-02]', 'sources: [beta-2024-02-02, gamma-1999]']], expect: [/content\/sections\/02-second\.mdx:12: sources: unknown source id "gamma-1999"/] },
	{ name: 'an unknown person id', layer: 'references', edit: [['quotes.yaml', 'speaker: ada-example', 'speaker: ada-exemple']], expect: [/content\/quotes\.yaml:2: quote "ada-hello": speaker: unknown person id "ada-exemple" \(did you mean "ada-example"\?\)/] },
	{ name: 'an unknown glossary id', layer: 'references', edit: [['glossary.yaml', 'related: []', 'related: [gadget]']], expect: [/content\/glossary\.yaml:\d+: term "widget": related: unknown glossary id "gadget"/] },
	{ name: 'a glossary alias that is another entry’s name', layer: 'references', edit: [['glossary.yaml', 'aliases: [widgets]', 'aliases: [widgets, Ada Example]']], expect: [/content\/people\.yaml:\d+: person "ada-example": the name "Ada Example" is also term "widget"'s, so a mention of it could be linked to either; give each name to one entry/] },
	{ name: 'a spelling of a word the person is not named by', layer: 'references', edit: [['people.yaml', '  aliases: [Example]', '  aliases: [Example]\n  spellings: { Exemplar: [Eksempel] }']], expect: [/content\/people\.yaml:8: person "ada-example": spellings: "Exemplar" is not part of its name or aliases \(Ada Example Example\); list variants of a word the briefing uses/] },
	{ name: 'a quotation citing an unknown source', layer: 'references', edit: [['quotes.yaml', '  source: alpha-2024-01-01\n  date: "2024-01-01"\n  context: Said', '  source: alpha-2042-01-01\n  date: "2024-01-01"\n  context: Said']], expect: [/content\/quotes\.yaml:4: quote "ada-hello": source: unknown source id "alpha-2042-01-01"/] },
	{ name: 'a quotation’s context citing an unknown source', layer: 'references', edit: [['quotes.yaml', '  source: alpha-2024-01-01\n  date: "2024-01-01"\n  context: Said', '  source: alpha-2024-01-01\n  contextSources: [alpha-2042-01-01]\n  date: "2024-01-01"\n  context: Said']], expect: [/content\/quotes\.yaml:5: quote "ada-hello": contextSources: unknown source id "alpha-2042-01-01"/] },
	{ name: 'a timeline event citing an unknown source', layer: 'references', edit: [['timeline.yaml', 'sources: [beta-2024-02-02]', 'sources: [beta-2024-02-02, beta-1999]']], expect: [/content\/timeline\.yaml:\d+: event "second-event": sources: unknown source id "beta-1999"/] },
	{ name: 'a glossary term citing an unknown source', layer: 'references', edit: [['glossary.yaml', 'sources: [beta-2024-02-02]', 'sources: [beta-2024-02-02, beta-1999]']], expect: [/content\/glossary\.yaml:5: term "widget": sources: unknown source id "beta-1999"/] },
	{ name: 'a glossary term with no source', layer: 'schema', edit: [['glossary.yaml', 'sources: [beta-2024-02-02]', 'sources: []']], expect: [/content\/glossary\.yaml:\d+: .*sources.*: list the ids of the sources the definition rests on/] },
	{ name: 'a source nobody cites', layer: 'references', edit: [['sources.yaml', '- id: beta-2024-02-02', '- id: gamma-2024-03-03\n  publisher: Gamma Post\n  type: news\n  title: Never cited\n  date: "2024-03-03"\n- id: beta-2024-02-02']], expect: [/content\/sources\.yaml:\d+: source "gamma-2024-03-03" is never cited/] },
	// Its caption named the source, but the register, which lists a page by its notes, left the page out (an author's trial).
	{ name: 'a quotation set apart whose source no note of the page cites', layer: 'references', edit: inSecond('<Quote id="ada-hello" />'), expect: [/content\/sections\/02-second\.mdx:17: <Quote id="ada-hello"> quotes "alpha-2024-01-01", which no note of the page cites: cite it in the note of the sentence that introduces the quotation/] },
	{ name: 'a duplicate section order', layer: 'references', edit: [[SECOND, 'order: 2', 'order: 1']], expect: [/content\/sections\/02-second\.mdx:\d+: order 1 is already used by content\/sections\/01-first\.mdx: give each section its own place/] },

	// The publication's log and dates against the pages (src/publication/checks.ts).
	{ name: 'a report the briefing was begun from that the register does not list', layer: 'publication', edit: [['briefing.yaml', 'updated: 2024-11-30', 'updated: 2024-11-30\nbuiltOn:\n  source: gamma-2024-03-03\n  account: The fixture was begun from a report of its own, checked against the others.']], expect: [/content\/briefing\.yaml:11: builtOn\.source: unknown source id "gamma-2024-03-03"/] },
	{ name: 'a section changed after publication, not in the log', layer: 'publication', build: true, edit: [[FIRST, 'updated: 2024-11-29', 'updated: 2024-11-30']], expect: [/content\/sections\/01-first\.mdx:7: updated: 2024-11-30 is after the briefing was first published \(2024-11-29\), and no entry of 2024-11-30 in content\/corrections\.yaml names "first"/] },
	{ name: 'a log entry naming a section that does not exist', layer: 'publication', build: true, edit: [['corrections.yaml', 'sections: [second]', 'sections: [secnod]']], expect: [/content\/corrections\.yaml:4: entry 1 \(2024-11-30\): sections: no section "secnod" \(did you mean "second"\?\)/], buildExpect: [/Hint: To record a change: add its entry to content\/corrections\.yaml/, /Location:\s*\S*content\/corrections\.yaml:4/] },

	// A link, which only the built pages can show: one full build proves the check is wired in, names the line the
	// link is written on and not its copy in the whole briefing; every message the check gives (a missing page, a
	// missing anchor, …) is proved on built pages' facts in tests/unit/link-check.test.ts, and on the real built pages
	// in tests/build/policy-gate.test.ts.
	{ name: 'a link to a page that does not exist', layer: 'links', build: true, edit: [[SECOND, '(/first.html#a-heading)', '(/frist.html#a-heading)']], expect: [/Broken links in the built site \(1\)/, /content\/sections\/02-second\.mdx:17:25: link to "\/frist\.html#a-heading": no such file \(did you mean "\/first\.html#a-heading"\?\)/], buildExpect: [/Location:\s*\S*content\/sections\/02-second\.mdx:17:25/, /Hint:\s+Each line names the content file, line and column where the link is written/] },
];
