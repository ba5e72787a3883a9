import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildProject, makeProject, removeProject, ROOT } from '../helpers/project.ts';
import { variantFiles } from '../helpers/variant.ts';
import { serveStatic } from '../helpers/server.ts';
import { launchSharedChromium, SHARED_CHROMIUM } from '../helpers/browser.ts';

declare module 'vitest' {
	export interface ProvidedContext {
		/** The fresh build of the real briefing. */
		dist: string;
		/** The same dist/ served at a host's root, and under a sub-path. */
		rootUrl: string;
		subPathUrl: string;
		/** The variant build's dist/ (tests/helpers/variant.ts). */
		variantDist: string;
		/** What the two builds printed, the briefing's first. */
		buildLogs: string[];
	}
}

/**
 * Builds the real briefing once into dist/, from scratch, and serves it two
 * ways; beside it, at the same time, the variant build that the tests of a
 * configured site URL and of a redeployed site share. Then starts the one
 * Chromium the browser tests connect to.
 */
export default async function setup(project: TestProject) {
	const dist = join(ROOT, 'dist');
	// Clean, caches included: the reproducibility test compares this build with another clean one.
	await rm(dist, { recursive: true, force: true });
	await rm(join(ROOT, '.cache'), { recursive: true, force: true });
	const read = (name: string) => readFile(join(ROOT, 'content', name), 'utf8');
	const variant = await makeProject({ files: variantFiles(await read('briefing.yaml'), await read('glossary.yaml')) });
	const [build, variantBuild] = await Promise.all([buildProject(ROOT, { outDir: dist }), buildProject(variant)]);
	if (!build.ok) throw new Error(`The briefing does not build:\n${build.output}`);
	if (!variantBuild.ok) throw new Error(`The variant build (a site URL, one definition changed) fails:\n${variantBuild.output}`);
	const chromium = await launchSharedChromium();
	process.env[SHARED_CHROMIUM] = chromium.wsEndpoint();
	const atRoot = await serveStatic(dist, '/');
	const underPath = await serveStatic(dist, '/briefing/');
	project.provide('dist', dist);
	project.provide('rootUrl', atRoot.url);
	project.provide('subPathUrl', underPath.url);
	project.provide('variantDist', variantBuild.dist);
	project.provide('buildLogs', [build.output, variantBuild.output]);
	return async () => {
		await chromium.close();
		await atRoot.close();
		await underPath.close();
		await removeProject(variant);
	};
}
