/**
 * Starlight, built from the same synthetic text as our build, so that
 * `npm run bench` prints the two side by side (issue 16).
 *
 * bench/starlight/ is a bench-only project with its own package.json and
 * lock file: Starlight on the same Astro (and the same Vite) as ours, with
 * Starlight's defaults, Pagefind search included. Its node_modules are
 * installed on first use with `npm ci` (npm test never needs them).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ROOT } from '../tests/helpers/project.ts';
import { measureBuild, type BuildMeasure } from './measure-build.ts';
import { setAside } from './set-aside.ts';

export const STARLIGHT = join(ROOT, 'bench', 'starlight');
const DOCS = join(STARLIGHT, 'src', 'content', 'docs');

/** Installs bench/starlight's own dependencies from its lock file, unless they are there already. */
export function ensureStarlight(): void {
	const lock = JSON.parse(readFileSync(join(STARLIGHT, 'package-lock.json'), 'utf8'));
	const want = lock.packages['node_modules/@astrojs/starlight']?.version;
	const have = join(STARLIGHT, 'node_modules', '@astrojs', 'starlight', 'package.json');
	if (existsSync(have) && JSON.parse(readFileSync(have, 'utf8')).version === want) return;
	console.log(`Installing Starlight ${want} for the bench: npm ci --prefix bench/starlight`);
	const result = spawnSync('npm', ['ci', '--no-audit', '--no-fund'], { cwd: STARLIGHT, stdio: 'inherit' });
	if (result.status !== 0) throw new Error('npm ci in bench/starlight failed; the Starlight comparison needs its packages');
}

/** `key: value` from our frontmatter (values as YAML writes them; the synthetic ones are plain). */
const field = (front: string, key: string) => new RegExp(`^${key}: (.*)$`, 'm').exec(front)?.[1]?.trim();

/**
 * One of our MDX files as a Starlight page: the body as it is (GFM notes,
 * tables and all), the frontmatter as Starlight's schema has it (title,
 * description), and none of our components, which Starlight does not have.
 */
export function toStarlightPage(mdx: string, file: string): string {
	const match = /^---\n([\s\S]*?)\n---\n/.exec(mdx);
	if (!match) throw new Error(`${file}: no frontmatter`);
	const title = field(match[1], 'title');
	if (!title) throw new Error(`${file}: no title in the frontmatter`);
	const description = field(match[1], 'summary');
	const body = mdx
		.slice(match[0].length)
		// Paired components go whole (an AfterNote's text is site-only), then self-closing ones.
		.replace(/<([A-Z]\w*)\b[^>]*(?<!\/)>[\s\S]*?<\/\1>/g, '')
		.replace(/<[A-Z]\w*\b[^>]*\/>/g, '');
	const yaml = (s: string) => JSON.stringify(s.replace(/^["']|["']$/g, ''));
	return `---\ntitle: ${yaml(title)}\n${description ? `description: ${yaml(description)}\n` : ''}---\n${body}`;
}

/** Writes a synthetic content folder (bench/synthetic.ts's output) as Starlight's docs. */
export async function writeStarlightDocs(content: string): Promise<number> {
	await setAside(DOCS);
	await mkdir(DOCS, { recursive: true });
	await writeFile(join(DOCS, 'index.mdx'), toStarlightPage(await readFile(join(content, 'overview.mdx'), 'utf8'), 'overview.mdx'));
	const sections = (await readdir(join(content, 'sections'))).filter((f) => f.endsWith('.mdx')).sort();
	for (const name of sections) {
		// Same file names as ours, so Starlight's sidebar keeps the reading order.
		await writeFile(join(DOCS, name), toStarlightPage(await readFile(join(content, 'sections', name), 'utf8'), name));
	}
	return sections.length;
}

/** A clean Starlight build of the docs written last, measured like ours. */
export async function buildStarlight(): Promise<BuildMeasure> {
	for (const dir of ['dist', '.astro', '.cache']) await setAside(join(STARLIGHT, dir));
	const measured = await measureBuild(STARLIGHT, join(STARLIGHT, 'node_modules', 'astro', 'bin', 'astro.mjs'));
	if (!measured.ok) throw new Error(`the Starlight build failed:\n${measured.output.slice(-4000)}`);
	return measured;
}
