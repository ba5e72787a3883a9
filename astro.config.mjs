// @ts-check
import { defineConfig, passthroughImageService } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import { remarkBriefing } from './src/markdown/remark-briefing.ts';
import { rehypeHeadings } from './src/markdown/rehype-headings.ts';
import { rehypeFirstMentions } from './src/markdown/rehype-first-mentions.ts';
import { rehypeFootnotePreviews } from './src/markdown/rehype-footnote-previews.ts';
import { rehypeSearchHints } from './src/markdown/rehype-search-hints.ts';
import { clientScripts } from './src/integrations/client-scripts.ts';
import { relativeUrls } from './src/integrations/relative-urls.ts';
import { contentSecurityPolicy } from './src/integrations/content-security-policy.ts';
import { searchIndex } from './src/integrations/search-index.ts';
import { linkCheck } from './src/integrations/link-check.ts';
import { notFoundPage } from './src/publication/not-found-page.ts';
import { editions } from './src/editions/editions.ts';

const content = new URL('./content/', import.meta.url);

export default defineConfig({
	// Pages are files (`background.html`), so links work from disk, where a
	// folder URL would open a directory listing.
	build: { format: 'file' },
	trailingSlash: 'never',
	// A duplicate id must stop the build, not be a warning.
	prerenderConflictBehavior: 'error',
	// HTML whitespace matters in prose: `compressHTML: 'jsx'` (the Astro 7 default) glues inline elements together.
	compressHTML: true,
	devToolbar: { enabled: false },
	// Caches inside the project folder, so builds of throwaway copies (tests, benchmarks) never share one.
	cacheDir: './.cache/astro',
	vite: { cacheDir: './.cache/vite' },
	// No image is processed; this keeps sharp out of the build.
	image: { service: passthroughImageService() },
	markdown: {
		// The unified processor (not Sätteri) so that remark and rehype plugins run for .md and .mdx alike.
		processor: unified({
			gfm: false,
			remarkPlugins: [remarkGfm, [remarkBriefing, { content }]],
			rehypePlugins: [rehypeHeadings, [rehypeFirstMentions, { content }], rehypeFootnotePreviews, rehypeSearchHints],
			remarkRehype: { clobberPrefix: '', footnoteLabel: 'Notes', footnoteLabelProperties: {} },
		}),
	},
	integrations: [
		mdx(),
		// Post-build steps, in this order: scripts exist before links to them are
		// made relative and checked; the 404 page, served at any depth, trades its
		// relative URLs for inline styles and base-path links; the policy hashes
		// the final HTML; search indexes it; the editions (EPUB, zip, offline copy)
		// hold everything before them.
		clientScripts({ content }),
		relativeUrls(),
		linkCheck(),
		notFoundPage(),
		contentSecurityPolicy(),
		searchIndex(),
		editions({ content }),
	],
});
