/**
 * One `astro build`, measured: wall time, peak memory, and the time of each
 * phase, for our project and for Starlight alike.
 *
 *   peak memory   the largest total resident set of the build's process tree
 *                 (Astro's Node process and any child, such as Pagefind's
 *                 binary), sampled every 50 ms from /proc; and the Node
 *                 process's own high-water mark (VmHWM)
 *   phases        from the moment each of Astro's log lines arrives: startup
 *                 and content sync, Vite's "Building static entrypoints",
 *                 page generation, and each integration's astro:build:done
 *                 hook (timed by a wrapper config, see TIMED_CONFIG)
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface BuildMeasure {
	ok: boolean;
	seconds: number;
	pages: number;
	/** Peak of the summed RSS of the build's process tree, in bytes (null where /proc is missing). */
	peakRssBytes: number | null;
	/** The Node process's own peak resident set (VmHWM), in bytes. */
	nodePeakRssBytes: number | null;
	/** Seconds per phase, in the order they ran. */
	phases: Record<string, number>;
	/** The pages that took longest to generate, with their seconds, as Astro logs them. */
	slowestPages: Record<string, number>;
	output: string;
}

/** Written beside a project's astro.config.mjs: the same config, each integration's build hooks timed. */
const TIMED_CONFIG = `import config from './astro.config.mjs';
const timed = (integration) => ({
	...integration,
	hooks: Object.fromEntries(Object.entries(integration.hooks ?? {}).map(([hook, fn]) => [hook, async (params) => {
		// Integrations that add integrations (Starlight adds its own) get theirs timed too.
		if (hook === 'astro:config:setup') {
			const updateConfig = params.updateConfig;
			params.updateConfig = (c) => updateConfig(c && c.integrations ? { ...c, integrations: c.integrations.flat().filter(Boolean).map(timed) } : c);
		}
		const start = performance.now();
		try {
			return await fn(params);
		} finally {
			if (hook === 'astro:build:done' || hook === 'astro:build:generated') process.stderr.write(\`[bench-timing] \${integration.name} \${hook} \${Math.round(performance.now() - start)}\\n\`);
		}
	}])),
});
export default { ...config, integrations: (config.integrations ?? []).flat().filter(Boolean).map(timed) };
`;
export const TIMED_CONFIG_FILE = 'astro.bench-timed.config.mjs';

/** Resident set sizes of a process and its descendants, from /proc, in bytes. */
function treeRss(root: number): { total: number; rootHwm: number } | null {
	if (!existsSync('/proc/self/status')) return null;
	const children = new Map<number, number[]>();
	for (const name of readdirSync('/proc')) {
		if (!/^\d+$/.test(name)) continue;
		try {
			const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
			const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
			children.set(ppid, [...(children.get(ppid) ?? []), Number(name)]);
		} catch {
			// The process ended while we looked.
		}
	}
	let total = 0;
	let rootHwm = 0;
	const queue = [root];
	while (queue.length > 0) {
		const pid = queue.pop()!;
		try {
			const status = readFileSync(`/proc/${pid}/status`, 'utf8');
			total += Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) * 1024;
			if (pid === root) rootHwm = Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0) * 1024;
		} catch {
			continue;
		}
		queue.push(...(children.get(pid) ?? []));
	}
	return { total, rootHwm };
}

/** Phases from Astro's log lines, each line stamped when it arrived (ms since the start). */
function phasesOf(lines: { at: number; text: string }[], end: number): Record<string, number> {
	// Each marker is looked for after the one before it: "✓ Completed in" is printed by more than one phase.
	let from = 0;
	const after = (re: RegExp) => {
		const i = lines.findIndex((l, n) => n >= from && re.test(l.text));
		if (i < 0) return undefined;
		from = i;
		return lines[i].at;
	};
	const first = lines[0]?.at;
	const entry = after(/Building static entrypoints/);
	const generating = after(/Rearranging server assets|generating static routes/);
	const generated = after(/✓ Completed in/);
	const s = (a: number | undefined, b: number | undefined) => (a === undefined || b === undefined ? NaN : Number(((b - a) / 1000).toFixed(2)));
	const phases: Record<string, number> = {
		'startup (Node, config)': s(0, first),
		'content sync, types, build info': s(first, entry),
		'Vite: static entrypoints': s(entry, generating),
		'page generation': s(generating, generated),
	};
	let hooks = 0;
	for (const line of lines) {
		const m = /^\[bench-timing\] (\S+) astro:build:done (\d+)$/.exec(line.text);
		if (m && Number(m[2]) >= 5) {
			phases[`after build: ${m[1]}`] = Number((Number(m[2]) / 1000).toFixed(2));
			hooks += Number(m[2]);
		}
	}
	if (generated !== undefined) phases['after build: rest'] = Number((Math.max(0, end - generated - hooks) / 1000).toFixed(2));
	return phases;
}

/** Astro lists each page generated with its time (`├─ /all.html (+1.68s)`): the three slowest. */
function slowestPages(output: string): Record<string, number> {
	const pages = [...output.matchAll(/[├└]─ (\/\S+) \(\+([\d.]+)(m?s)\)/g)].map((m) => [m[1], Number(m[2]) / (m[3] === 'ms' ? 1000 : 1)] as const);
	return Object.fromEntries(pages.sort((a, b) => b[1] - a[1]).slice(0, 3));
}

/**
 * Runs `astro build` in `dir` with the Node that runs the bench, its
 * integrations timed, and measures it. `astroBin` is that project's
 * astro.mjs (ours, or Starlight's own install).
 */
export async function measureBuild(dir: string, astroBin: string, { outDir = join(dir, 'dist') } = {}): Promise<BuildMeasure> {
	writeFileSync(join(dir, TIMED_CONFIG_FILE), TIMED_CONFIG);
	// A site URL comes from the copy's content alone, even where CI sets one to publish.
	const { BRIEFING_SITE_URL: _, ...env } = process.env;
	const start = performance.now();
	const child = spawn(process.execPath, [astroBin, 'build', '--config', TIMED_CONFIG_FILE, '--outDir', outDir], {
		cwd: dir,
		env: { ...env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0' },
	});
	let output = '';
	const lines: { at: number; text: string }[] = [];
	let partial = '';
	const take = (d: Buffer) => {
		const at = performance.now() - start;
		output += d;
		const parts = (partial + d).split('\n');
		partial = parts.pop()!;
		for (const text of parts) lines.push({ at, text: text.replace(/^\d\d:\d\d:\d\d /, '') });
	};
	child.stdout.on('data', take);
	child.stderr.on('data', take);
	let peak: number | null = null;
	let hwm: number | null = null;
	const poll = setInterval(() => {
		const rss = child.pid === undefined ? null : treeRss(child.pid);
		if (rss) {
			peak = Math.max(peak ?? 0, rss.total);
			hwm = Math.max(hwm ?? 0, rss.rootHwm);
		}
	}, 50);
	const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
	clearInterval(poll);
	const end = performance.now() - start;
	return {
		ok: code === 0,
		seconds: Number((end / 1000).toFixed(1)),
		pages: Number(/(\d+) page\(s\) built/.exec(output)?.[1] ?? 0),
		peakRssBytes: peak,
		nodePeakRssBytes: hwm,
		phases: phasesOf(lines, end),
		slowestPages: slowestPages(output),
		output,
	};
}
