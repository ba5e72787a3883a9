/**
 * npm run shots: builds the site and writes a screenshot of every page at
 * 390 px (a phone, with touch) and 1,280 px (a laptop), light and dark, into
 * bench/shots/ (ignored by git), named page-width-theme.png: the first
 * screen, and the whole page in page-width-theme-full.png (not for the whole
 * briefing, which is tens of thousands of pixels long).
 */
import { mkdir, readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { FULL_CHROMIUM, launchChromium } from '../tests/helpers/browser.ts';
import { buildProject, ROOT } from '../tests/helpers/project.ts';
import { serveStatic } from '../tests/helpers/server.ts';

const OUT = join(ROOT, 'bench', 'shots');
const dist = join(ROOT, 'dist');
const build = await buildProject(ROOT, { outDir: dist });
if (!build.ok) throw new Error(`The site does not build:\n${build.output}`);
await rm(OUT, { recursive: true, force: true });
await mkdir(OUT, { recursive: true });

const pages = (await readdir(dist)).filter((f) => f.endsWith('.html')).sort();
const server = await serveStatic(dist, '/');
const browser = await launchChromium(FULL_CHROMIUM);
try {
	for (const [width, height] of [[390, 844], [1280, 900]]) {
		for (const colorScheme of ['light', 'dark'] as const) {
			const phone = width < 768;
			const context = await browser.newContext({ viewport: { width, height }, colorScheme, hasTouch: phone, isMobile: phone });
			const page = await context.newPage();
			for (const file of pages) {
				await page.goto(new URL(file, server.url).href);
				const name = `${file.replace(/\.html$/, '')}-${width}-${colorScheme}`;
				await page.screenshot({ path: join(OUT, `${name}.png`) });
				if (file !== 'all.html') await page.screenshot({ path: join(OUT, `${name}-full.png`), fullPage: true });
			}
			await context.close();
		}
	}
} finally {
	await browser.close();
	await server.close();
}
console.log(`${(await readdir(OUT)).length} screenshots in ${OUT}`);
