import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const RULES = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/** axe-core's violations on the page as it stands, one line each. */
export async function violations(page: Page): Promise<string[]> {
	// Evaluated through the debugger protocol, so the page's CSP does not apply to axe itself.
	// resultTypes: only violations are reported in full; axe spends less on the elements that pass.
	await page.evaluate(AXE);
	const found = (await page.evaluate(`axe.run(document, { runOnly: { type: 'tag', values: ${JSON.stringify(RULES)} }, resultTypes: ['violations'] }).then((r) => r.violations.map((v) => ({ id: v.id, help: v.help, nodes: v.nodes.map((n) => n.target.join(' ')) })))`)) as { id: string; help: string; nodes: string[] }[];
	return found.map((v) => `${v.id} (${v.help}): ${v.nodes.slice(0, 5).join(', ')}`);
}
