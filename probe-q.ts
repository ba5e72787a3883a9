import { chromium } from 'playwright-core';
import { serveStatic } from './tests/helpers/server.ts';
const srv = await serveStatic('/work/main/dist', '/');
const b = await chromium.launch({ executablePath: '/usr/bin/chromium-headless-shell', args: ['--no-sandbox'] });
const p = await b.newPage();
await p.goto(srv.url + 'index.html');
for (const q of process.argv.slice(2)) {
  await p.locator('#site-search-input').fill(q);
  await p.locator('.search-results__status').filter({ hasText: `“${q}”` }).first().waitFor({ timeout: 10000 });
  const r = await p.evaluate(() => { const panel = document.querySelector('.search-form--header + .search-results')!; return [panel.querySelector('.search-results__status')?.textContent, ...[...panel.querySelectorAll('.search-result > a')].slice(0, 3).map(a => a.textContent + ' | ' + a.getAttribute('href')!.slice(0, 80))]; });
  console.log(q, '=>', r.join('\n   '));
}
await b.close(); await srv.close();
