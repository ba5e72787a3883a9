import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';

const read = (file: string) => JSON.parse(readFileSync(new URL(`../../${file}`, import.meta.url), 'utf8'));
const pkg = read('package.json');
const lock = read('package-lock.json');
const packages = Object.entries(lock.packages as Record<string, { version?: string; integrity?: string; link?: boolean; hasInstallScript?: boolean }>).filter(([path]) => path !== '');

it('pins every package in the lock file, with its integrity hash', () => {
	const loose = packages.filter(([, p]) => !p.link && (!p.version || !p.integrity)).map(([path]) => path);
	expect(loose).toEqual([]);
});

it('lets only the toolchain run install scripts: node, which fetches Node 24', () => {
	const withScripts = [...new Set(packages.filter(([, p]) => p.hasInstallScript).map(([path]) => path.split('node_modules/').pop()!))].sort();
	const allowed = Object.entries(pkg.allowScripts as Record<string, boolean>).filter(([, on]) => on).map(([name]) => name.replace(/@[^@]*$/, '') || name);
	expect(allowed).toEqual(['node']);
	for (const name of withScripts) expect(name in pkg.allowScripts, `${name} has an install script and no decision in allowScripts`).toBe(true);
});

it('declares the Node it needs, and .nvmrc agrees', () => {
	expect(pkg.engines.node).toBe('>=22.12.0');
	expect(Number(readFileSync(new URL('../../.nvmrc', import.meta.url), 'utf8').trim())).toBeGreaterThanOrEqual(24);
	expect(pkg.dependencies.node).toMatch(/^\^24\./);
});
