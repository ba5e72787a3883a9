import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { AstroError } from 'astro/errors';
import { escapeAttribute } from 'entities';
import { placeOf } from '../data/field-lines.ts';
import { readDataMapping } from '../data/yaml.ts';
import { editionMeta, writeEpub, writeSiteZip, zipPages } from '../editions/editions.ts';
import { EPUB_FILE, NOT_FOUND_PAGE, ZIP_FILE } from '../editions/offline-protocol.ts';
import { formatKb } from '../editions/sizes.ts';
import { basePath, resolveSiteUrl } from '../publication/site-url.ts';
import { writeCitationFiles } from './citation-files.ts';
import { SEARCH_SCRIPT, writeClientScripts, writeSearchScript } from './client-scripts.ts';
import { serveOnRequest } from './dev-server.ts';
import { readPages } from './built-pages.ts';
import { findBrokenLinks } from './link-check.ts';
import { rebaseNotFoundPage } from './not-found-page.ts';
import { passPage, POLICY_PLACEHOLDER, type PageFacts } from './page-pass.ts';
import { headersFile, mergeInlineCode, policyFor, unknownInlineCode } from './policy.ts';
import { siteInlineCode } from './site-inline-code.ts';
import { publishStaged, stagedOutput, type StagedOutput } from './staged-output.ts';
import { writeSearchIndex } from './search/search-index.ts';

/**
 * Everything the build does after Astro has written the pages, as one
 * integration with its steps in order:
 *
 * 1. the citation files, three per citable page, from the list the build
 *    wrote, and the reader's scripts compiled into assets/, but search's;
 * 2. the 404 page, served at any depth, gets inline styles and base-path links;
 * 3. each page is read once and passed once: its URLs made relative, its ids,
 *    links and inline code gathered;
 * 4. every link and anchor is checked, the editions written later included;
 * 5. the policy: inline code the site does not write stops the build; the
 *    rest is allowed by hash, in a meta tag on each page and in _headers;
 * 6. the search index, Pagefind's, with its files' twins for reading from disk,
 *    and beside it the EPUB and the pages readied for the zip, made while
 *    Pagefind's own process indexes the pages and builds its files; then the
 *    search script, which names the files every search reads;
 * 7. the site's zip and the offline copy's worker, which hold everything
 *    before them; the pages, which state the zip's size, are written back
 *    then, once.
 */
export function postBuild(options: { content: URL }): AstroIntegration {
	let srcDir: URL;
	let root: URL;
	// The build writes beside the output folder and takes its place only once every step has passed (staged-output.ts).
	let output: StagedOutput;
	return {
		name: 'briefing-post-build',
		hooks: {
			'astro:config:setup': ({ config, command, updateConfig }) => {
				srcDir = config.srcDir;
				root = config.root;
				// Preview serves the output folder itself. Every other command is given the staging folder, the build to
				// write there, the rest so that the content layer's record of the config stays the build's: it is cleared,
				// and every file read again, whenever the config differs from the last command's.
				if (command === 'preview') return;
				output = stagedOutput(config.outDir, config.root);
				// Static pages only: Astro places an adapter's client and server folders under outDir when it first reads
				// the config, and they would stay in the output folder itself.
				updateConfig({ outDir: pathToFileURL(`${output.staging}/`) });
			},
			// In dev, the reader's scripts and the citation files are made on request, so the same URLs work as in the build.
			'astro:server:setup': ({ server }) => serveOnRequest(server, srcDir, options.content),
			'astro:build:done': async ({ dir, logger }) => {
				const shown = (path: string) => relative(fileURLToPath(root), path);
				try {
					await runPostBuild(resolve(fileURLToPath(dir)), srcDir, root, options.content, logger);
				} catch (error) {
					const kept = existsSync(output.outDir) ? `The last good build is still in ${shown(output.outDir)}/` : `There is no ${shown(output.outDir)}/ yet`;
					const where = `${kept}; this failed build’s files are in ${shown(output.staging)}/, to look at.`;
					// In the error's own box, where a reader of the build's output looks; a line of the log for any other error.
					if (error instanceof AstroError) error.hint = `${error.hint ?? ''}\n${where}`.trim();
					else logger.error(where);
					throw error;
				}
				publishStaged(output);
				logger.info(`${shown(output.outDir)}/ now holds this build`);
			},
		},
	};
}

async function runPostBuild(root: string, srcDir: URL, project: URL, content: URL, logger: AstroIntegrationLogger): Promise<void> {
	// Each step's time is logged, so a slow build shows which step to look at.
	const pages = readPages(root);
	let citations: string[] = [];
	const passed = await timed(async () => {
		// Before the pass: pages link to them.
		citations = writeCitationFiles(root);
		await writeClientScripts(root, srcDir, content);
		const briefing = readDataMapping(content, 'briefing');
		const headers = await preparePages(pages, {
			base: basePath(resolveSiteUrl(briefing.siteUrl)),
			read: (path) => readFileSync(join(root, path), 'utf8'),
			// The editions and the search script are written later, but pages link to them.
			exists: (path) => WRITTEN_LATER.has(path) || existsSync(join(root, path)),
			readSource: (file) => readSource(project, file),
			srcDir,
		});
		writeFileSync(join(root, '_headers'), headers);
	});
	logger.info(`pages: ${pages.size} passed, links checked, policy written, ${citations.length} citation files written (${passed.seconds} s)`);

	const meta = editionMeta(content);
	// The EPUB is made while Pagefind's own process indexes the pages and builds its files, once every page is
	// sent: made while the pages were being handed over, each hand-over waited for the main thread, and the two
	// took as long as one after the other; made only once Pagefind had indexed them all, it left the main
	// thread idle for 2.8 s at 1,000 sections.
	let pagesSent!: () => void;
	const sent = new Promise<void>((resolve) => (pagesSent = resolve));
	// Then, in the same wait, the pages are readied for the zip.
	const [search, { epub, ready }] = await Promise.all([
		timed(() => writeSearchIndex(root, pages, pagesSent)),
		sent.then(async () => ({ epub: await timed(() => writeEpub(root, pages, meta)), ready: await timed(async () => zipPages(pages)) })),
	]);
	// Once the index is written: the script names its files.
	await writeSearchScript(root, srcDir, content, search.result.hostedPreload);
	logger.info(`search: ${search.result.pages} pages and ${search.result.entries} entries indexed by Pagefind, with classic-script twins for reading from disk and ${search.result.words} words for suggestions, ${search.result.noteWords} found only in notes (${search.seconds} s); beside it, ${EPUB_FILE} ${formatKb(epub.result)} (${epub.seconds} s), then the pages deflated for the zip (${ready.seconds} s)`);

	const zip = await timed(() => writeSiteZip(root, ready.result, meta, epub.result));
	logger.info(`${ZIP_FILE} ${formatKb(zip.result.zip)} in ${zip.result.passes} passes to state its own size (${zip.seconds} s)`);
}

/** Files the pages link to that are written after the link check: the editions, and the search script, which names the index's files. */
const WRITTEN_LATER = new Set([EPUB_FILE, ZIP_FILE, SEARCH_SCRIPT]);

/** A content file's text, by its path from the project's root, as pages name it; undefined for one that is not there. */
function readSource(project: URL, file: string): string | undefined {
	const path = fileURLToPath(new URL(file, project));
	return existsSync(path) ? readFileSync(path, 'utf8') : undefined;
}

/** A step's result and its own time in seconds, also for steps that run side by side. */
async function timed<T>(step: () => Promise<T>): Promise<{ result: T; seconds: string }> {
	const start = performance.now();
	const result = await step();
	return { result, seconds: ((performance.now() - start) / 1000).toFixed(2) };
}

export interface PageContext {
	/** The site's path on its host, for the 404 page's links. */
	base: string;
	/** A file of the built site, by path from its root. */
	read(path: string): string;
	exists(path: string): boolean;
	/** A content file's text, by the path a page names it by (`data-source`), so a broken link is named at its line. */
	readSource(file: string): string | undefined;
	/** Where the site's sources are, to know the inline code they write. */
	srcDir: URL;
}

/**
 * Steps 2 to 5 on the pages in memory, which it changes in place: the 404
 * page rebased, every page passed once, links checked, the policy checked
 * and written into each page. Returns the _headers file. Throws, naming
 * pages, on a broken link or on inline code the site does not write.
 */
export async function preparePages(pages: Map<string, string>, context: PageContext): Promise<string> {
	const notFound = pages.get(NOT_FOUND_PAGE);
	const notFoundStyles: string[] = [];
	if (notFound !== undefined) {
		const rebased = rebaseNotFoundPage(notFound, context.base, (href) => context.read(href.slice(1)));
		pages.set(NOT_FOUND_PAGE, rebased.html);
		notFoundStyles.push(...rebased.inlined);
	}

	const facts: PageFacts[] = [];
	for (const [path, html] of pages) {
		const passed = passPage(html, path, { relative: path !== NOT_FOUND_PAGE });
		pages.set(path, passed.html);
		facts.push(passed.facts);
	}

	// The 404 page's links are rooted at the base path on purpose; the same links from any other page are checked.
	const broken = findBrokenLinks(facts.filter((f) => f.path !== NOT_FOUND_PAGE), context.exists, context.readSource);
	if (broken.length > 0) {
		const error = new AstroError(
			`Broken links in the built site (${broken.length}):\n  ${broken.join('\n  ')}`,
			'Each line names the content file, line and column where the link is written, or, for a link no content file holds, the built page and the link as built. Correct the link in the content file or template that writes it, or restore the page or heading it leads to.',
		);
		// At the first link written in a content file.
		throw Object.assign(error, { loc: broken.map(placeOf).find((place) => place !== undefined) });
	}

	const known = await siteInlineCode(context.srcDir, notFoundStyles);
	const unknown = facts.flatMap((f) => unknownInlineCode(f, known));
	if (unknown.length > 0) {
		throw new AstroError(
			`Inline code that no part of the site writes (${unknown.length}); the policy will not allow it:\n  ${unknown.join('\n  ')}`,
			'Content cannot add scripts, styles or event handlers. A component that writes one must also declare it where the policy learns the site’s own (src/postbuild/site-inline-code.ts).',
		);
	}
	for (const f of facts) {
		const meta = `<meta http-equiv="content-security-policy" content="${escapeAttribute(policyFor(f.inline))}">`;
		pages.set(f.path, pages.get(f.path)!.replace(POLICY_PLACEHOLDER, meta));
	}
	return headersFile(policyFor(mergeInlineCode(facts.map((f) => f.inline))), SEARCH_SCRIPT);
}
