/**
 * npm run bench: what a reader pays and what a build costs.
 *
 *   page weight   bytes of each reading page (HTML + CSS + JS run on load), raw and brotli
 *   script        JavaScript executed before any interaction, and requests on load
 *   search        time from the last keystroke to the first result, warm, hosted (Pagefind)
 *   build         the real briefing, and synthetic briefings of 200 and 1,000 sections
 *   offline       sizes of briefing.zip and briefing.epub; time and bytes to "save for offline"
 *
 * Prints a table and writes bench/results/latest.json. BENCH_SIZES=200 limits
 * the synthetic builds (default "200,1000").
 */
import { readFileSync } from 'node:fs';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';
import { launchChromium } from '../tests/helpers/browser.ts';
import { buildProject, makeProject, removeProject, ROOT } from '../tests/helpers/project.ts';
import { serveStatic } from '../tests/helpers/server.ts';
import { writeSyntheticContent } from './synthetic.ts';
import { measureOffline } from './offline.ts';

const BUDGET_BROTLI = 14 * 1024;
const BUDGET_SEARCH_MS = 100;
const QUERIES = ['Stefanishyna', 'Sky News', 'invitation', 'Article 5', 'North Korean troops', 'Bucharest', 'consensus', 'Oreshnik'];

const brotli = (data: Buffer) => brotliCompressSync(data, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function timedBuild(dir: string) {
	const start = performance.now();
	const result = await buildProject(dir);
	const seconds = (performance.now() - start) / 1000;
	if (!result.ok) throw new Error(`build failed in ${dir}:\n${result.output}`);
	const pages = Number(/(\d+) page\(s\) built/.exec(result.output)?.[1] ?? 0);
	return { seconds: Number(seconds.toFixed(1)), pages, msPerPage: Number(((seconds * 1000) / Math.max(1, pages)).toFixed(1)), dist: result.dist };
}

const results: Record<string, unknown> = { date: new Date().toISOString().slice(0, 10), node: process.version };

// The real briefing, built from a clean copy.
const real = await makeProject();
const build = await timedBuild(real);
results.build = { real: { seconds: build.seconds, pages: build.pages, msPerPage: build.msPerPage } };

const server = await serveStatic(build.dist, '/', { cache: true });
const browser = await launchChromium();
try {
	// Page weight and script on load, for each reading page.
	// The reading pages: the overview and the sections, which say so to search (kind:Section).
	const pages = ['index.html', ...(await readdir(build.dist)).filter((f) => f.endsWith('.html')).sort().filter((f) => readFileSync(join(build.dist, f), 'utf8').includes('data-pagefind-filter="kind:Section"'))];
	const weights = [];
	for (const path of pages) {
		const context = await browser.newContext();
		const page = await context.newPage();
		const loaded: string[] = [];
		page.on('requestfinished', (r) => loaded.push(r.url()));
		await page.coverage.startJSCoverage({ reportAnonymousScripts: true });
		await page.goto(new URL(path, server.url).href, { waitUntil: 'networkidle' });
		const coverage = await page.coverage.stopJSCoverage();
		// Words of prose, as the word-count test counts them: not notes, sources, key points, figures or the citation block.
		const words = await page.evaluate(() => {
			const article = document.querySelector('article')!.cloneNode(true) as HTMLElement;
			for (const el of article.querySelectorAll('.footnotes, .source-list, .key-points, .toc, figure, .page-header, .contents, sup, .after-note, .cite-this')) el.remove();
			return article.textContent!.match(/[\p{L}\p{N}]+(?:['’\-–.,][\p{L}\p{N}]+)*/gu)?.length ?? 0;
		});
		const byType: Record<string, { raw: number; brotli: number }> = {};
		for (const url of loaded) {
			const file = decodeURIComponent(new URL(url).pathname.slice(1));
			const type = file.split('.').pop()!;
			const data = await readFile(join(build.dist, file));
			byType[type] ??= { raw: 0, brotli: 0 };
			byType[type].raw += data.length;
			byType[type].brotli += brotli(data);
		}
		const pageOnly = ['html', 'css', 'js'].reduce((n, t) => n + (byType[t]?.brotli ?? 0), 0);
		weights.push({ page: path, words, requests: loaded.length, jsOnLoadBytes: coverage.reduce((n, c) => n + (c.source?.length ?? 0), 0), byType, brotliTotal: pageOnly });
		await context.close();
	}
	results.pages = weights;

	// Search latency, warm, hosted: the last keystroke to the first result drawn.
	const context = await browser.newContext();
	const page = await context.newPage();
	await page.goto(new URL('background.html', server.url).href);
	await page.locator('#site-search-input').click();
	await page.keyboard.type('warm up');
	await page.locator('.search-results__status').filter({ hasText: 'for “warm up”' }).waitFor();
	const latencies: Record<string, number> = {};
	for (const query of QUERIES) {
		const samples: number[] = [];
		for (let i = 0; i < 5; i++) {
			await page.fill('#site-search-input', '');
			await page.waitForTimeout(50);
			// Results count once the list shows them for the whole query, painted.
			await page.evaluate((query) => {
				const w = window as unknown as { __lastKey: number; __firstResult: Promise<number> };
				const status = document.querySelector('.search-results__status')!;
				document.getElementById('site-search-input')!.addEventListener('keydown', () => (w.__lastKey = performance.now()));
				w.__firstResult = new Promise((resolve) => {
					const observer = new MutationObserver(() => {
						if (status.textContent!.includes(`for “${query}”`) && document.querySelector('.search-result')) {
							observer.disconnect();
							requestAnimationFrame(() => resolve(performance.now()));
						}
					});
					observer.observe(status, { childList: true, characterData: true, subtree: true });
				});
			}, query);
			// At a brisk typist's pace, about 12 characters a second.
			await page.keyboard.type(query, { delay: 80 });
			samples.push(await page.evaluate(async () => {
				const w = window as unknown as { __lastKey: number; __firstResult: Promise<number> };
				return (await w.__firstResult) - w.__lastKey;
			}));
		}
		latencies[query] = Number(median(samples).toFixed(1));
	}
	results.search = { engine: 'pagefind', medianMsByQuery: latencies, worstMedianMs: Math.max(...Object.values(latencies)) };
	await context.close();

	results.offline = await measureOffline(browser, build.dist, server.url);
} finally {
	await browser.close();
	await server.close();
	await removeProject(real);
}

// Synthetic briefings, to see the cost per page as the briefing grows.
for (const size of (process.env.BENCH_SIZES ?? '200,1000').split(',').map(Number).filter(Boolean)) {
	const dir = await makeProject();
	await writeSyntheticContent(join(ROOT, 'content'), join(dir, 'content'), size);
	const synthetic = await timedBuild(dir);
	(results.build as Record<string, unknown>)[`synthetic${size}`] = { seconds: synthetic.seconds, pages: synthetic.pages, msPerPage: synthetic.msPerPage };
	await removeProject(dir);
}

// Report.
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const rows = (results.pages as { page: string; words: number; requests: number; jsOnLoadBytes: number; byType: Record<string, { raw: number; brotli: number }>; brotliTotal: number }[]).map((p) =>
	[p.page, String(p.words), kb(p.byType.html?.brotli ?? 0), kb(p.byType.css?.brotli ?? 0), kb(p.byType.js?.brotli ?? 0), kb(p.brotliTotal), p.words >= 1000 ? kb((p.brotliTotal * 1500) / p.words) : '–', String(p.jsOnLoadBytes), String(p.requests)],
);
const table = (head: string[], body: string[][]) => {
	const widths = head.map((h, i) => Math.max(h.length, ...body.map((r) => r[i].length)));
	const line = (r: string[]) => `| ${r.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`;
	return [line(head), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...body.map(line)].join('\n');
};
console.log('\nReading pages (brotli, quality 11)\n');
console.log(table(['page', 'words', 'HTML', 'CSS', 'JS', 'total', 'per 1,500 words', 'JS run on load (bytes)', 'requests'], rows));
const search = results.search as { medianMsByQuery: Record<string, number>; worstMedianMs: number };
console.log('\nSearch, first result after the last keystroke (median of 5, warm, Pagefind over http)\n');
console.log(table(['query', 'ms'], Object.entries(search.medianMsByQuery).map(([q, ms]) => [q, String(ms)])));
const builds = results.build as Record<string, { seconds: number; pages: number; msPerPage: number }>;
console.log('\nBuild (clean copy, including search indexes and checks)\n');
console.log(table(['briefing', 'pages', 'seconds', 'ms per page'], Object.entries(builds).map(([k, b]) => [k, String(b.pages), String(b.seconds), String(b.msPerPage)])));

const offline = results.offline as Awaited<ReturnType<typeof measureOffline>>;
console.log(`\nOffline: briefing.zip ${kb(offline.zipBytes)}, briefing.epub ${kb(offline.epubBytes)}; save for offline ${offline.saveForOffline.seconds} s, ${offline.saveForOffline.requests} requests, ${kb(offline.saveForOffline.bytes)} fetched`);

const measured = results.pages as { page: string; words: number; brotliTotal: number }[];
const worstPage = Math.max(...measured.map((p) => p.brotliTotal));
results.budgets = {
	pageBrotliBytes: {
		budget: BUDGET_BROTLI,
		worst: worstPage,
		over: measured.filter((p) => p.brotliTotal > BUDGET_BROTLI).map((p) => `${p.page} (${p.words} words)`),
		// The budget is for a page of about 1,500 words; pages run longer or shorter.
		overPer1500Words: measured.filter((p) => (p.brotliTotal * 1500) / p.words > BUDGET_BROTLI && p.words >= 1000).map((p) => p.page),
	},
	jsOnLoadBytes: { budget: 0, worst: Math.max(...(results.pages as { jsOnLoadBytes: number }[]).map((p) => p.jsOnLoadBytes)) },
	searchMs: { budget: BUDGET_SEARCH_MS, worst: search.worstMedianMs, met: search.worstMedianMs <= BUDGET_SEARCH_MS },
};
console.log(`\nBudgets: ${JSON.stringify(results.budgets)}`);
await mkdir(join(ROOT, 'bench', 'results'), { recursive: true });
await writeFile(join(ROOT, 'bench', 'results', 'latest.json'), `${JSON.stringify(results, null, 2)}\n`);
console.log('\nJSON: bench/results/latest.json');
