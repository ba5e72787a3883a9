import { describe, expect, it } from 'vitest';
import { figureStyles } from '../../src/figures/figure-styles.ts';

describe('figureStyles', () => {
	it('writes only the style of the figures a page holds', async () => {
		expect(await figureStyles([], { AllianceMap: '.alliance-map { color: red }' })).toBe('');
		expect(await figureStyles(['AllianceMap'], { AllianceMap: '.alliance-map { color: red }' })).toContain('.alliance-map{color:red}');
	});

	it('names the figure whose stylesheet text it was not given, rather than writing “undefined” as its style', async () => {
		await expect(figureStyles(['AllianceMap'], {})).rejects.toThrow('No stylesheet text for AllianceMap: FigureStyles.astro imports each figure’s src/figures/alliance-map/alliance-map.css');
	});
});
