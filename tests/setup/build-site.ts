import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildProject, ROOT } from '../helpers/project';
import { serveStatic } from '../helpers/server';

declare module 'vitest' {
	export interface ProvidedContext {
		/** The fresh build of the real briefing. */
		dist: string;
		/** The same dist/ served at a host's root, and under a sub-path. */
		rootUrl: string;
		subPathUrl: string;
	}
}

/** Builds the real briefing once into dist/, from scratch, and serves it two ways. */
export default async function setup(project: TestProject) {
	const dist = join(ROOT, 'dist');
	// Clean, caches included: the reproducibility test compares this build with another clean one.
	await rm(dist, { recursive: true, force: true });
	await rm(join(ROOT, '.cache'), { recursive: true, force: true });
	const build = await buildProject(ROOT, { outDir: dist });
	if (!build.ok) throw new Error(`The briefing does not build:\n${build.output}`);
	const atRoot = await serveStatic(dist, '/');
	const underPath = await serveStatic(dist, '/briefing/');
	project.provide('dist', dist);
	project.provide('rootUrl', atRoot.url);
	project.provide('subPathUrl', underPath.url);
	return async () => {
		await atRoot.close();
		await underPath.close();
	};
}
