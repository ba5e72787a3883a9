// @ts-check
// Starlight with its own defaults (Pagefind search included), for the bench's
// side-by-side build. Only what keeps the comparison fair is set: telemetry
// off comes from the environment; caches stay in this folder.
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';

export default defineConfig({
	cacheDir: './.cache/astro',
	vite: { cacheDir: './.cache/vite' },
	integrations: [starlight({ title: 'A synthetic briefing' })],
});
