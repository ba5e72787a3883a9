import config from './astro.config.mjs';
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
			if (hook === 'astro:build:done' || hook === 'astro:build:generated') process.stderr.write(`[bench-timing] ${integration.name} ${hook} ${Math.round(performance.now() - start)}\n`);
		}
	}])),
});
export default { ...config, integrations: (config.integrations ?? []).flat().filter(Boolean).map(timed) };
