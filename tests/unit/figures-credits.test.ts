import { describe, expect, it } from 'vitest';
import { creditSources } from '../../src/figures/alliance-map/credits.ts';
import { minifyCss } from '../../src/styles/minify-css.ts';

describe('creditSources', () => {
	it('groups sources by publisher, alphabetically, each publisher’s by date, once each', () => {
		expect(
			creditSources([
				{ id: 'nato-2008', publisher: 'NATO', date: '2008-04-03' },
				{ id: 'axios', publisher: 'Axios', date: '2022-09-30' },
				{ id: 'nato-1954', publisher: 'NATO', date: '1954-10-22' },
				{ id: 'nato-2008', publisher: 'NATO', date: '2008-04-03' },
				{ id: 'babel', publisher: 'babel.ua', date: '2024-11' },
				{ id: 'wiki', publisher: 'Wikipedia', date: 'n.d.' },
			]),
		).toEqual([
			{ publisher: 'Axios', sources: [{ id: 'axios', text: '30 Sep 2022' }] },
			{ publisher: 'babel.ua', sources: [{ id: 'babel', text: 'Nov 2024' }] },
			{ publisher: 'NATO', sources: [{ id: 'nato-1954', text: '22 Oct 1954' }, { id: 'nato-2008', text: '3 Apr 2008' }] },
			{ publisher: 'Wikipedia', sources: [{ id: 'wiki', text: 'n.d.' }] },
		]);
	});
});

describe('minifyCss', () => {
	const css = `/* The map. */
.a { color: red; paint-order: stroke; }
@container figure (max-width: 879px) { .b { display: none; } }
@media print { .c::details-content { content-visibility: visible; } }
`;

	it('minifies with esbuild, comments dropped and every rule kept', async () => {
		expect(await minifyCss(css, 'x.css')).toBe('.a{color:red;paint-order:stroke}@container figure (max-width: 879px){.b{display:none}}@media print{.c::details-content{content-visibility:visible}}');
	});

	it('gives the same bytes every time, as the policy hash needs', async () => {
		expect(await minifyCss(css, 'x.css')).toBe(await minifyCss(css, 'x.css'));
	});

	it('names the file and line of a stylesheet it cannot read', async () => {
		await expect(minifyCss('.a { color: red; }\n.b { color: blue;', 'src/x.css')).rejects.toThrow(/^src\/x\.css:2: /);
	});
});
