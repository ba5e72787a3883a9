import type { SatteriProcessorOptions } from '@astrojs/markdown-satteri';
import { rehypeFirstMentions } from './rehype-first-mentions.ts';
import { rehypeFootnotes } from './rehype-footnotes.ts';
import { rehypeHeadings } from './rehype-headings.ts';
import { rehypeNoteOrder } from './rehype-note-order.ts';
import { rehypeTables } from './rehype-tables.ts';
import { remarkCitations } from './remark-citations.ts';
import { remarkClosedMdx } from './remark-closed-mdx.ts';
import { remarkFootnotes } from './remark-footnotes.ts';
import { remarkHeadingLevels } from './remark-heading-levels.ts';
import { remarkLinkSchemes } from './remark-link-schemes.ts';
import { remarkListNumbers } from './remark-list-numbers.ts';
import { remarkTableCells } from './remark-table-cells.ts';
import { remarkProseWords } from './remark-prose-words.ts';
import { remarkTypography } from './remark-typography.ts';
import { remarkStopOnProblems } from './problems.ts';

/**
 * The Markdown pipeline, in order, one plugin per concern: the build's
 * (astro.config.mjs) and the tests' (which compile sections through it
 * without a build). `content` is the folder of the data files. Sätteri
 * parses (GFM built in) and compiles; our plugins are its visitors, each
 * handed only the nodes it asks for, of the Markdown tree (remark-*: checks,
 * citations, counts) and then of the HTML tree (rehype-*: shapes).
 */
export function markdownOptions(content: URL): Required<SatteriProcessorOptions> {
	return {
		mdastPlugins: [
			remarkClosedMdx({ content }),
			...remarkFootnotes(),
			remarkCitations({ content }),
			remarkLinkSchemes(),
			remarkHeadingLevels(),
			remarkListNumbers(),
			remarkTableCells(),
			remarkTypography(),
			remarkProseWords(),
			// Last: every problem any of the above found, reported together.
			remarkStopOnProblems(),
		],
		// Tables before notes: a table is copied and put back whole, and a copy reads an attribute the notes' pass
		// has taken away as empty, which would then be written out.
		hastPlugins: [rehypeHeadings(), rehypeFirstMentions({ content }), rehypeTables(), ...rehypeFootnotes(), rehypeNoteOrder()],
		features: {
			// Prose arrives with its final typography (remark-typography refuses straight quotes).
			smartPunctuation: false,
			gfm: { footnotes: { label: 'Notes', clobberPrefix: '' } },
		},
	};
}
