import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const RULES = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/** The rules whose outcome depends on colours alone: all that can change when only the colours do. */
const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

/**
 * axe-core's violations on the page as it stands (or within `context`, an
 * expression for the element to check), one line each; only the rules
 * `only` names, if given.
 */
export async function violations(page: Page, context = 'document', only?: string[]): Promise<string[]> {
	// Evaluated through the debugger protocol, so the page's CSP does not apply to axe itself; once per document.
	if (!(await page.evaluate('typeof axe === "object"'))) await page.evaluate(AXE);
	const rules = JSON.stringify(only ? { type: 'rule', values: only } : { type: 'tag', values: RULES });
	// resultTypes: only violations are reported in full; axe spends less on the elements that pass.
	// Without selectors axe runs about a quarter faster; they are asked for only to name what failed.
	const run = (selectors: boolean) => `axe.run(${context}, { runOnly: ${rules}, resultTypes: ['violations'], selectors: ${selectors} })`;
	if ((await page.evaluate(`${run(false)}.then((r) => r.violations.length)`)) === 0) return [];
	const found = (await page.evaluate(`${run(true)}.then((r) => r.violations.map((v) => ({ id: v.id, help: v.help, nodes: v.nodes.map((n) => n.target.join(' ')) })))`)) as { id: string; help: string; nodes: string[] }[];
	return found.map((v) => `${v.id} (${v.help}): ${v.nodes.slice(0, 5).join(', ')}`);
}

/**
 * Violations on a page already checked in the light theme, now shown in the
 * dark one. The dark theme only changes colours, so only the colour rules
 * can have a different outcome, and only they are run again (the others
 * take a third to a half of axe's time on a page). The page's stylesheets
 * are checked to hold to that: a dark rule that sets anything but custom
 * properties or the colour scheme is reported, so the shortcut cannot go stale.
 */
export async function violationsInDark(page: Page, context = 'document'): Promise<string[]> {
	const beyondColours = (await page.evaluate(darkNotOnlyColours)).map((rule) => `the dark theme changes more than colours, so check all of it in the dark: ${rule}`);
	return [...beyondColours, ...(await violations(page, context, COLOUR_RULES))];
}

/** Rules inside a dark colour-scheme query that set anything but custom properties (the colour tokens) or the colour scheme; evaluated in the page. */
export function darkNotOnlyColours(): string[] {
	const offenders: string[] = [];
	const walk = (rules: CSSRuleList, dark: boolean) => {
		for (const rule of rules) {
			if (rule instanceof CSSMediaRule) walk(rule.cssRules, dark || /prefers-color-scheme:\s*dark/.test(rule.conditionText));
			else if (rule instanceof CSSStyleRule && dark) {
				for (const name of rule.style) if (!name.startsWith('--') && name !== 'color-scheme') offenders.push(`${rule.selectorText} { ${name} }`);
			}
		}
	};
	for (const sheet of document.styleSheets) walk(sheet.cssRules, false);
	return offenders;
}
