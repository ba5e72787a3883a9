// @ts-check
import { defineConfig, passthroughImageService } from 'astro/config';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import { markdownOptions } from './src/markdown/plugins.ts';
import { postBuild } from './src/postbuild/pipeline.ts';

const content = new URL('./content/', import.meta.url);

export default defineConfig({
	// Pages are files (`background.html`), so links work from disk, where a
	// folder URL would open a directory listing.
	build: {
		format: 'file',
		// Pages four at a time, the built site the same: while one page's file is written, the next is made. At 1,000
		// sections page generation took 3.3–4.0 s against 3.7–4.8 s one at a time; at 200, the two are within noise.
		concurrency: 4,
		// Stylesheets are files, never inline: the policy allows only the inline styles the site writes itself.
		inlineStylesheets: 'never',
	},
	trailingSlash: 'never',
	// A duplicate id must stop the build, not be a warning.
	prerenderConflictBehavior: 'error',
	// HTML whitespace matters in prose: `compressHTML: 'jsx'` (the Astro 7 default) glues inline elements together.
	compressHTML: true,
	devToolbar: { enabled: false },
	// Caches inside the project folder, so builds of throwaway copies (tests, benchmarks) never share one.
	cacheDir: './.cache/astro',
	vite: {
		cacheDir: './.cache/vite',
		// Lightning CSS, which minifies the stylesheets, knows `:target-current` (the contents' scroll markers,
		// components.css) only as a draft; without it, it warned on every build, and no build may warn
		// (tests/build/site.test.ts).
		css: { lightningcss: { drafts: { scrollNavigationControls: true } } },
		build: {
			rollupOptions: {
				// Astro's own marker in every MDX page, which Rolldown warns it may move: a known upstream warning
				// (withastro/astro#18087, Starlight's builds print it too), one per section, that buried real ones.
				onwarn(warning, warn) {
					if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('use astro:head-inject')) return;
					warn(warning);
				},
			},
		},
	},
	// No image is processed; this keeps sharp out of the build.
	image: { service: passthroughImageService() },
	markdown: {
		// Code is shown as written, in the site's monospace. Shiki would colour it with style attributes, which the
		// policy refuses as inline code the site does not write: a fenced block in a section stopped the build.
		syntaxHighlight: false,
		// Sätteri, Astro 7's processor, parses and compiles in Rust; our remark and rehype plugins run on its trees.
		processor: satteri(markdownOptions(content)),
	},
	integrations: [
		mdx(),
		// Every step after Astro writes the pages, in an order written in src/postbuild/pipeline.ts. Last: it ends by
		// putting the build in place of dist/, after which a later integration's build hook would find no pages.
		postBuild({ content }),
	],
});
