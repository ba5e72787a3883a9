import type { UnifiedProcessorOptions } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import { rehypeFirstMentions } from './rehype-first-mentions.ts';
import { rehypeFootnotes } from './rehype-footnotes.ts';
import { rehypeHeadings } from './rehype-headings.ts';
import { rehypeTables } from './rehype-tables.ts';
import { remarkCitations } from './remark-citations.ts';
import { remarkClosedMdx } from './remark-closed-mdx.ts';
import { remarkFootnotes } from './remark-footnotes.ts';
import { remarkLinkSchemes } from './remark-link-schemes.ts';
import { remarkProseWords } from './remark-prose-words.ts';
import { remarkTypography } from './remark-typography.ts';
import { remarkStopOnProblems } from './problems.ts';

/**
 * The Markdown pipeline, in order, one plugin per concern: the build's
 * (astro.config.mjs) and the tests' (which compile sections through it
 * without a build). `content` is the folder of the data files.
 */
export function markdownPlugins(content: URL): Required<Pick<UnifiedProcessorOptions, 'remarkPlugins' | 'rehypePlugins' | 'remarkRehype'>> {
	return {
		remarkPlugins: [
			remarkGfm,
			[remarkClosedMdx, { content }],
			remarkFootnotes,
			[remarkCitations, { content }],
			remarkLinkSchemes,
			remarkTypography,
			remarkProseWords,
			// Last: every problem any of the above found, reported together.
			remarkStopOnProblems,
		],
		rehypePlugins: [rehypeHeadings, [rehypeFirstMentions, { content }], rehypeFootnotes, rehypeTables],
		remarkRehype: { clobberPrefix: '', footnoteLabel: 'Notes', footnoteLabelProperties: {} },
	};
}
