/**
 * node bench/profile.ts [sections]: where a synthetic build's time goes.
 *
 * Builds a synthetic briefing (200 sections unless told) under
 * `node --cpu-prof`, keeps the profile in bench/results/ (open it in
 * Chromium's DevTools, Performance panel), and prints the main thread's time
 * by the step it served (our Markdown plugins, the MDX compiler, Vite and
 * Rolldown, page rendering, each post-build step) and by package, so that a
 * change to the build can be judged by where its time went, not only by the
 * total. Rolldown's own threads are not in a Node profile; their work shows
 * as the main thread's "(idle)".
 */
import { spawn } from 'node:child_process';
import { mkdir, readdir, readFile, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { makeProject, removeProject, ROOT } from '../tests/helpers/project.ts';
import { writeSyntheticContent } from './synthetic.ts';

interface ProfileNode {
	id: number;
	callFrame: { functionName: string; url: string; lineNumber: number };
	children?: number[];
}
interface CpuProfile {
	nodes: ProfileNode[];
	samples: number[];
	timeDeltas: number[];
}

/** What a sample was doing: the first of these that its own frame matches, else its caller's, and so on up (file, then function name). */
const STEPS: [string, RegExp][] = [
	['markdown: rehype-first-mentions', /src\/markdown\/(rehype-first-mentions|mentions)/],
	['markdown: other plugins of ours', /src\/markdown\//],
	['MDX compile (@astrojs/mdx, Sätteri)', /vite-plugin-mdx|markdown-satteri|satteri\/|mdast-util|hast-util-to-estree|estree/],
	['pages: scoped HTML (all.html)', /scope-html|ScopedContent|scopeHtml/],
	['post-build: editions (EPUB, zip)', /src\/editions\//],
	['post-build: search index', /src\/postbuild\/search/],
	['post-build: policy', /src\/postbuild\/policy/],
	['post-build: page pass (relative URLs, ids, links)', /src\/postbuild\/(page-pass|relative-url|built-pages)/],
	['post-build: link check', /link-check/],
	['post-build: 404 page', /not-found-page/],
	['post-build: client scripts', /client-scripts/],
	['pages: alliance map geometry', /alliance-map|AllianceMap|d3-geo|topojson/],
	['pages: rendering', /\.prerender\/|astro\/dist\/(runtime|core\/render|core\/build\/generate)/],
	['content layer', /astro\/dist\/content\//],
	['Vite and Rolldown (JS side)', /node_modules\/(vite|rolldown|@rolldown|lightningcss|postcss)\//],
];

function summarise(profile: CpuProfile): { byStep: [string, number][]; byPackage: [string, number][]; total: number } {
	const byId = new Map(profile.nodes.map((n) => [n.id, n]));
	const parent = new Map<number, number>();
	for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
	const step = new Map<number, string>();
	const stepOf = (id: number): string => {
		const known = step.get(id);
		if (known) return known;
		const { url, functionName } = byId.get(id)!.callFrame;
		// Code of ours bundled into the pages' chunks keeps its function names, not its file's.
		let found = ['(idle)', '(garbage collector)', '(program)'].includes(functionName) ? functionName : STEPS.find(([, re]) => re.test(`${url} ${functionName}`))?.[0];
		if (!found) found = parent.has(id) ? stepOf(parent.get(id)!) : 'other';
		step.set(id, found);
		return found;
	};
	const packageOf = (url: string) => /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url)?.[1] ?? (/\/src\/(.*)/.exec(url)?.[1] ? `src/${/\/src\/(.*)/.exec(url)![1]}` : url ? url.replace(/^.*\//, '') : '(vm)');
	const byStep = new Map<string, number>();
	const byPackage = new Map<string, number>();
	let total = 0;
	profile.samples.forEach((id, i) => {
		const us = profile.timeDeltas[i + 1] ?? 0;
		total += us;
		byStep.set(stepOf(id), (byStep.get(stepOf(id)) ?? 0) + us);
		const pkg = packageOf(byId.get(id)!.callFrame.url);
		byPackage.set(pkg, (byPackage.get(pkg) ?? 0) + us);
	});
	const sorted = (m: Map<string, number>) => [...m].sort((a, b) => b[1] - a[1]).map(([k, us]) => [k, us / 1e6] as [string, number]);
	return { byStep: sorted(byStep), byPackage: sorted(byPackage), total: total / 1e6 };
}

if (import.meta.main) {
	const sections = Number(process.argv[2] ?? 200);
	const results = join(ROOT, 'bench', 'results');
	const dir = await makeProject();
	try {
		await writeSyntheticContent(join(ROOT, 'content'), join(dir, 'content'), sections);
		const profiles = join(dir, 'profile');
		const code = await new Promise<number | null>((resolve) => {
			const child = spawn(process.execPath, ['--cpu-prof', `--cpu-prof-dir=${profiles}`, join(ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build'], {
				cwd: dir,
				env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' },
				stdio: ['ignore', 'ignore', 'inherit'],
			});
			child.on('close', resolve);
		});
		if (code !== 0) throw new Error(`the profiled build failed (exit ${code})`);
		const [file] = await readdir(profiles);
		await mkdir(results, { recursive: true });
		const kept = join(results, `build-${sections}.cpuprofile`);
		await rm(kept, { force: true });
		await rename(join(profiles, file), kept);
		const { byStep, byPackage, total } = summarise(JSON.parse(await readFile(kept, 'utf8')));
		const line = ([name, s]: [string, number]) => `${s.toFixed(2).padStart(7)} s ${((100 * s) / total).toFixed(1).padStart(5)}%  ${name}`;
		console.log(`\nBuild of ${sections} synthetic sections under the profiler: ${total.toFixed(1)} s on the main thread (profiling slows it by about a quarter)\n`);
		console.log('By step\n' + byStep.map(line).join('\n'));
		console.log('\nBy package or file (self time), top 25\n' + byPackage.slice(0, 25).map(line).join('\n'));
		console.log(`\nProfile: ${kept}`);
	} finally {
		await removeProject(dir);
	}
}
