import { geoCentroid, geoContains } from 'd3-geo';
import type { Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import countries110m from 'world-atlas/countries-110m.json';
import countries50m from 'world-atlas/countries-50m.json';
import { arcsOf, countriesOf, crimeaToUkraine, ukraineNeighbours } from '../../src/figures/alliance-map/boundaries.ts';
import { buildAllianceMap, simplifiedFor } from '../../src/figures/alliance-map/build-map.ts';
import { cleanRing, hatchSegments, type Point } from '../../src/figures/alliance-map/geometry.ts';
import { LAYOUT } from '../../src/figures/alliance-map/layout.ts';
import { nearPanel } from '../../src/figures/alliance-map/near-panel.ts';
import { panelProjection, projectRings } from '../../src/figures/alliance-map/projection.ts';
import { bestSpot, distanceField, insideRings } from '../../src/figures/alliance-map/label-spots.ts';
import { boxesOverlap, labelBox, textWidth } from '../../src/figures/alliance-map/labels.ts';
import { groupByPeriod, type MapMember } from '../../src/figures/alliance-map/members.ts';
import { ringsToPath, segmentsToPath } from '../../src/figures/alliance-map/svg-path.ts';

const world110 = countries110m as unknown as Topology;
const world50 = countries50m as unknown as Topology;

const member = (id: string, name: string, joined: string): MapMember => ({ id, name, joined, source: 'src' });

/** The alliance on 29 November 2024, with the ISO 3166-1 numeric codes that world-atlas uses. */
const ALLIANCE: MapMember[] = [
	...[['056', 'Belgium'], ['124', 'Canada'], ['208', 'Denmark'], ['250', 'France'], ['352', 'Iceland'], ['380', 'Italy'], ['442', 'Luxembourg'], ['528', 'Netherlands'], ['578', 'Norway'], ['620', 'Portugal'], ['826', 'United Kingdom'], ['840', 'United States']].map(([id, name]) => member(id, name, '1949')),
	member('300', 'Greece', '1952'),
	member('792', 'Türkiye', '1952'),
	member('276', 'Germany', '1955'),
	member('724', 'Spain', '1982'),
	...[['203', 'Czechia'], ['348', 'Hungary'], ['616', 'Poland']].map(([id, name]) => member(id, name, '1999')),
	...[['100', 'Bulgaria'], ['233', 'Estonia'], ['428', 'Latvia'], ['440', 'Lithuania'], ['642', 'Romania'], ['703', 'Slovakia'], ['705', 'Slovenia']].map(([id, name]) => member(id, name, '2004')),
	member('008', 'Albania', '2009'),
	member('191', 'Croatia', '2009'),
	member('499', 'Montenegro', '2017'),
	member('807', 'North Macedonia', '2020'),
	member('246', 'Finland', '2023'),
	member('752', 'Sweden', '2024'),
];

/** Absolute points of path data written as M x y l dx dy … z. */
function pathPoints(d: string): Point[] {
	const points: Point[] = [];
	for (const [, command, args] of d.matchAll(/([MlLzZ])([^MlLzZ]*)/g)) {
		const numbers = (args.match(/-?(?:\d+\.?\d*|\.\d+)/g) ?? []).map(Number);
		for (let i = 0; i + 1 < numbers.length; i += 2) {
			const last = points.at(-1);
			const relative = command === 'l' && last;
			points.push(relative ? [last[0] + numbers[i], last[1] + numbers[i + 1]] : [numbers[i], numbers[i + 1]]);
		}
	}
	return points;
}

describe('groupByPeriod', () => {
	it('puts the members in six rounds, labelled by the years they actually joined', () => {
		const groups = groupByPeriod(ALLIANCE);
		expect(groups.map((g) => [g.step, g.label, g.members.length])).toEqual([
			[1, '1949', 12],
			[2, '1952–1982', 4],
			[3, '1999', 3],
			[4, '2004', 7],
			[5, '2009–2020', 4],
			[6, '2023–2024', 2],
		]);
		expect(groups[1].members.map((m) => m.name)).toEqual(['Greece', 'Türkiye', 'Germany', 'Spain']);
	});

	it('leaves out empty rounds but keeps each round its own shade', () => {
		expect(groupByPeriod([member('752', 'Sweden', '2024-03-07'), member('056', 'Belgium', '1949')]).map((g) => [g.step, g.label])).toEqual([
			[1, '1949'],
			[6, '2024'],
		]);
	});

	// content/members.yaml's schema refuses the date at its line (tests/content/bad-input.cases.ts); from code, the member is named.
	it('names the member for a year before 1949', () => {
		expect(() => groupByPeriod([member('001', 'Nowhere', '1948')])).toThrow(/"001" \(Nowhere\) joined in 1948, before 1949/);
	});
});

describe('path data', () => {
	it('writes rounded rings as short relative steps', () => {
		expect(ringsToPath([[[0, 0], [10.5, 0], [10.5, -3]]], 1)).toBe('M0 0l10.5 0 0-3z');
		expect(ringsToPath([[[0.5, 0.5], [1, 1], [1.5, 0.5]]], 1)).toBe('M.5.5l.5.5.5-.5z');
		expect(ringsToPath([[[100, 200], [103, 204], [99, 201]], [[1, 1], [2, 2], [1, 3]]], 0)).toBe('M100 200l3 4-4-3zM1 1l1 1-1 1z');
	});

	it('accumulates no rounding error along a ring', () => {
		const ring: Point[] = Array.from({ length: 50 }, (_, i) => [Math.round(i * 13.7) / 10, Math.round(((i * 7) % 23) * 10) / 10]);
		const back = pathPoints(ringsToPath([ring], 1));
		back.forEach((p, i) => {
			expect(p[0]).toBeCloseTo(ring[i][0], 6);
			expect(p[1]).toBeCloseTo(ring[i][1], 6);
		});
	});

	it('drops points that rounding repeats, and rings too small to see', () => {
		expect(cleanRing([[0.04, 0], [0, 0.04], [10, 0], [10, 10], [0, 10], [0.01, 0.01]], 1, 1)).toEqual([[0, 0], [10, 0], [10, 10], [0, 10]]);
		expect(cleanRing([[0, 0], [1, 0], [1, 1]], 1, 1)).toBeUndefined();
		expect(cleanRing([[0, 0], [0, 0], [1, 1]], 1, 0)).toBeUndefined();
	});

	it('hatches the inside of a shape, holes left out', () => {
		const square: Point[] = [[0, 0], [20, 0], [20, 20], [0, 20]];
		const hole: Point[] = [[5, 5], [15, 5], [15, 15], [5, 15]];
		const segments = hatchSegments([square, hole], 2);
		expect(segments.length).toBeGreaterThan(15);
		for (const [a, b] of segments) {
			for (const p of [a, b]) {
				expect(p[0]).toBeGreaterThanOrEqual(-1e-9);
				expect(p[0]).toBeLessThanOrEqual(20 + 1e-9);
			}
			// Rising to the right: x + y is the same at both ends.
			expect(a[0] + a[1]).toBeCloseTo(b[0] + b[1], 9);
			const mid: Point = [(a[0] + b[0]) / 2, (a[1] + b[1]) / 2];
			expect(mid[0] > 5 && mid[0] < 15 && mid[1] > 5 && mid[1] < 15).toBe(false);
		}
		expect(segmentsToPath([[[0, 0], [3, -3]], [[1, 1], [1.2, 1.2]]], 0)).toBe('M0 0l3-3');
	});
});

describe('boundaries', () => {
	it('finds every member by its ISO code in the 110m and 50m data', () => {
		for (const world of [world110, world50]) {
			const ids = new Set(countriesOf(world).map((c) => c.id));
			expect(ALLIANCE.filter((m) => !ids.has(m.id)).map((m) => m.name)).toEqual([]);
		}
	});

	it('draws Crimea as part of Ukraine', () => {
		const crimea: Point = [34.1, 45.0];
		for (const world of [world110, world50]) {
			expect(geoContains(countriesOf(world).find((c) => c.id === '643')!.geometry, crimea)).toBe(true);
			const fixed = countriesOf(crimeaToUkraine(world));
			expect(geoContains(fixed.find((c) => c.id === '804')!.geometry, crimea)).toBe(true);
			expect(geoContains(fixed.find((c) => c.id === '643')!.geometry, crimea)).toBe(false);
			// Moscow stays in Russia.
			expect(geoContains(fixed.find((c) => c.id === '643')!.geometry, [37.6, 55.75])).toBe(true);
		}
	});

	it('names the members that border Ukraine', () => {
		expect(ukraineNeighbours(crimeaToUkraine(world50), ALLIANCE)).toEqual(['Hungary', 'Poland', 'Romania', 'Slovakia']);
	});
});

describe.each(LAYOUT.panels.map((spec) => [spec.label, spec] as const))('the world near a panel (%s)', (_, spec) => {
	const world = crimeaToUkraine(world50);
	const projection = panelProjection(spec);
	const focus = arcsOf(world, new Set([...ALLIANCE.map((m) => m.id), '304', '804']));
	const kept = simplifiedFor(world, projection, spec.box, focus, LAYOUT);
	const whole = simplifiedFor(world, projection, undefined, focus, LAYOUT);
	const key = (c: { id: string; name: string }) => `${c.id} ${c.name}`;

	it('keeps the countries the panel shows, and not those across the world', () => {
		const ids = new Set(kept.map((c) => c.id));
		const [shown, away] = spec.label === 'Europe' ? [['276', '616', '804', '643', '792', '352', '818'], ['036', '076', '840', '410']] : [['840', '124', '304', '484'], ['036', '180', '024']];
		for (const id of shown) expect(ids.has(id), id).toBe(true);
		for (const id of away) expect(ids.has(id), id).toBe(false);
		const near = nearPanel(world, projection, spec.box);
		expect(near.arcs).toHaveLength(world.arcs.length);
		expect(Object.keys(near.objects)).toEqual(['countries']);
	});

	it('simplifies each country it keeps exactly as the whole world would be', () => {
		const all = new Map(whole.map((c) => [key(c), c]));
		for (const country of kept) expect(country, country.name).toEqual(all.get(key(country)));
	});

	it('leaves out only countries the panel would not draw', () => {
		const keptKeys = new Set(kept.map(key));
		const [west, east] = spec.longitudes;
		const drawn = whole.filter((c) => !keptKeys.has(key(c))).filter((c) => {
			const [longitude] = geoCentroid(c.geometry);
			return longitude >= west && longitude <= east && projectRings(c.geometry, projection, LAYOUT.digits, LAYOUT.minArea).length > 0;
		});
		expect(drawn.map((c) => c.name)).toEqual([]);
		expect(whole.length - kept.length, 'countries left out').toBeGreaterThan(50);
	});
});

describe('buildAllianceMap', () => {
	const map = buildAllianceMap(world50, ALLIANCE);

	it('draws both panels with a layer per round, Ukraine last', () => {
		const [america, europe] = map.panels;
		const layers = (panel: (typeof map.panels)[number]) => [...new Set(panel.shapes.map((s) => s.className))];
		expect(layers(america)).toEqual(['alliance-map__land', 'alliance-map__p1']);
		expect(layers(europe)).toEqual([
			'alliance-map__land',
			...[1, 2, 3, 4, 5, 6].map((s) => `alliance-map__p${s}`),
			'alliance-map__ukraine',
		]);
		expect(europe.shapes.at(-1)!.className).toBe('alliance-map__ukraine');
		expect(europe.hatch).not.toBe('');
		expect(america.hatch).toBe('');
		// Lines for paper over the rounds whose grey is lined (1952–1982 and 2004), none where only founders are drawn.
		expect(europe.texture).not.toBe('');
		expect(america.texture).toBe('');
		expect(europe.labels.map((l) => l.text)).toContain('UKRAINE');
	});

	it('draws each member as a shape of its own, titled with its name and year of accession', () => {
		const titles = map.panels.flatMap((p) => p.shapes.map((s) => s.title).filter(Boolean));
		for (const m of ALLIANCE) expect(titles.filter((t) => t === `${m.name}, joined ${m.joined}`), m.name).toHaveLength(1);
		// Every member shape is one member: its title names one.
		const memberShapes = map.panels.flatMap((p) => p.shapes.filter((s) => /__p\d$/.test(s.className)));
		expect(memberShapes.every((s) => s.title)).toBe(true);
		expect(map.panels.flatMap((p) => p.shapes.filter((s) => !/__p\d$/.test(s.className))).every((s) => !s.title)).toBe(true);
	});

	it('keeps every point inside its panel', () => {
		for (const panel of map.panels) {
			const { x, y, width, height } = panel.box;
			for (const shape of panel.shapes) {
				for (const [px, py] of pathPoints(shape.d)) {
					expect(px).toBeGreaterThanOrEqual(x - 0.5);
					expect(px).toBeLessThanOrEqual(x + width + 0.5);
					expect(py).toBeGreaterThanOrEqual(y - 0.5);
					expect(py).toBeLessThanOrEqual(y + height + 0.5);
				}
			}
		}
	});

	it('titles a member that joined as another state for the state that joined', () => {
		// Drawn in today's borders, the whole of Germany, east included, is shaded for 1955: its title says why.
		const [, europe] = buildAllianceMap(world110, [{ ...member('276', 'Germany', '1955'), joinedAs: 'West Germany' }, member('250', 'France', '1949')]).panels;
		const titles = europe.shapes.flatMap((s) => (s.title ? [s.title] : []));
		expect(titles).toContain('Germany, joined 1955 as West Germany');
		expect(titles).toContain('France, joined 1949');
	});

	it('shades Greenland with Denmark, and draws the United States and Canada only in North America', () => {
		const classes = (panel: (typeof map.panels)[number]) => panel.shapes.map((s) => s.className);
		const [america, europe] = buildAllianceMap(world110, [member('208', 'Denmark', '1949')]).panels;
		expect(classes(america)).toContain('alliance-map__p1');
		expect(classes(europe)).toContain('alliance-map__p1');
		expect(america.shapes.find((s) => s.className === 'alliance-map__p1')!.title).toBe('Greenland, part of Denmark, joined 1949');
		const [americaOnly, europeNone] = buildAllianceMap(world110, [member('840', 'United States', '1949'), member('124', 'Canada', '1949')]).panels;
		expect(classes(americaOnly)).toContain('alliance-map__p1');
		expect(classes(europeNone)).not.toContain('alliance-map__p1');
	});

	it('lines for paper only the members of a round whose grey is lined', () => {
		// France founded the alliance, Spain joined in the second round: only Spain is lined.
		const [, europe] = buildAllianceMap(world110, [member('250', 'France', '1949'), member('724', 'Spain', '1982')]).panels;
		const box = (d: string) => {
			const points = pathPoints(d);
			return [Math.min(...points.map((p) => p[0])), Math.max(...points.map((p) => p[0])), Math.min(...points.map((p) => p[1])), Math.max(...points.map((p) => p[1]))];
		};
		const spain = box(europe.shapes.find((s) => s.title === 'Spain, joined 1982')!.d);
		const lines = box(europe.texture);
		expect(lines[0]).toBeGreaterThanOrEqual(spain[0] - 1);
		expect(lines[1]).toBeLessThanOrEqual(spain[1] + 1);
		expect(lines[2]).toBeGreaterThanOrEqual(spain[2] - 1);
		expect(lines[3]).toBeLessThanOrEqual(spain[3] + 1);
		expect(buildAllianceMap(world110, [member('250', 'France', '1949')]).panels.map((p) => p.texture)).toEqual(['', '']);
	});

	it('is the same, byte for byte, every time', () => {
		expect(JSON.stringify(buildAllianceMap(world50, [...ALLIANCE].reverse()))).toBe(JSON.stringify(map));
	});

	it('stays small', () => {
		const bytes = map.panels.flatMap((p) => [p.hatch, p.texture, ...p.shapes.map((l) => l.d)]).join('').length;
		expect(bytes).toBeLessThan(16_000);
	});

	it('fails with the file and the id when a member has no boundary', () => {
		expect(() => buildAllianceMap(world110, [member('999', 'Atlantis', '1949')])).toThrow(/content\/members\.yaml: member "999" \(Atlantis\) has no boundary/);
		// Norway by its ISO alpha code, a common slip.
		expect(() => buildAllianceMap(world110, [member('578', 'Norway', '1949'), member('NOR', 'Norway', '1949')])).toThrow(/"NOR"/);
		expect(() => buildAllianceMap(world110, [member('NOR', 'Norway', '1949')])).toThrow(expect.objectContaining({ name: 'AstroUserError', hint: expect.stringMatching(/ISO 3166-1 numeric code/) }));
	});

	it('fails when a member lies outside the map', () => {
		expect(() => buildAllianceMap(world110, [member('036', 'Australia', '1949')])).toThrow(/content\/members\.yaml: member "036" \(Australia\) lies outside every panel/);
		expect(() => buildAllianceMap(world110, [member('036', 'Australia', '1949')])).toThrow(expect.objectContaining({ name: 'AstroUserError', hint: expect.stringMatching(/a panel of its own/) }));
	});

	it('puts a scale bar in each panel, longer for the larger scale', () => {
		const [america, europe] = map.panels;
		expect(america.scaleBar.label).toBe('1,000 km');
		expect(europe.scaleBar.label).toBe('500 km');
		expect(europe.scaleBar.length).toBeGreaterThan(america.scaleBar.length);
		expect(map.width).toBe(LAYOUT.width);
	});
});

describe('finding room for a label', () => {
	const square: Point[] = [[0, 0], [40, 0], [40, 20], [0, 20]];
	const field = distanceField([square], 10, 1, 24);

	it('knows inside from outside, holes included', () => {
		const hole: Point[] = [[10, 5], [30, 5], [30, 15], [10, 15]];
		expect(insideRings([square], [5, 5])).toBe(true);
		expect(insideRings([square, hole], [20, 10])).toBe(false);
		expect(insideRings([square], [45, 5])).toBe(false);
	});

	it('centres a box where it keeps the widest margin, and says by how much it fits or not', () => {
		expect(bestSpot(field, 0, 0)).toEqual({ x: 20, y: 10, clearance: 10 });
		expect(bestSpot(field, 20, 10)).toEqual({ x: 20, y: 10, clearance: 5 });
		// Too wide by 10 units: it overhangs each side by 5.
		expect(bestSpot(field, 50, 10).clearance).toBe(-5);
	});

	it('measures names generously, wide letters wider', () => {
		expect(textWidth('mm', 10)).toBeGreaterThan(textWidth('ll', 10) * 2);
		expect(textWidth('Estonia', 11)).toBeGreaterThan(40);
	});
});

describe('naming the members', () => {
	const map = buildAllianceMap(world50, ALLIANCE);
	const { labels: style } = LAYOUT;
	const labels = map.panels.flatMap((p) => p.members);

	it('names or numbers every member once', () => {
		expect(labels.map((l) => l.id).sort()).toEqual(ALLIANCE.map((m) => m.id).sort());
		const numbered = labels.filter((l) => l.kind !== 'name');
		expect(map.key.map((k) => k.id).sort()).toEqual(numbered.map((l) => l.id).sort());
		for (const l of labels.filter((l) => l.kind === 'name')) expect(l.lines.join(' ')).toBe(ALLIANCE.find((m) => m.id === l.id)!.name);
	});

	it('numbers the key in the order of the names, and names the large members', () => {
		expect(map.key.map((k) => k.number)).toEqual(map.key.map((_, i) => i + 1));
		expect(map.key.map((k) => k.name)).toEqual([...map.key.map((k) => k.name)].sort((a, b) => a.localeCompare(b, 'en')));
		for (const k of map.key) expect(labels.find((l) => l.id === k.id)!.lines).toEqual([String(k.number)]);
		const named = labels.filter((l) => l.kind === 'name').map((l) => l.lines.join(' '));
		for (const name of ['Canada', 'United States', 'France', 'Germany', 'Poland', 'Spain', 'Türkiye', 'Romania']) expect(named).toContain(name);
		expect(map.key.length).toBeLessThan(ALLIANCE.length / 2);
	});

	it('sets no label over another, and keeps each in its panel', () => {
		for (const panel of map.panels) {
			const boxes = panel.members.map((l) => labelBox(l, style));
			for (let i = 0; i < boxes.length; i++) {
				const b = boxes[i];
				expect(b.x >= panel.box.x && b.y >= panel.box.y && b.x + b.width <= panel.box.x + panel.box.width && b.y + b.height <= panel.box.y + panel.box.height, panel.members[i].lines.join(' ')).toBe(true);
				for (let j = i + 1; j < boxes.length; j++) expect(boxesOverlap(b, boxes[j]), `${panel.members[i].lines} and ${panel.members[j].lines}`).toBe(false);
			}
		}
	});

	it('leads a number set beside its member back to it', () => {
		const callouts = labels.filter((l) => l.kind === 'callout');
		expect(callouts.length).toBeGreaterThan(0);
		for (const c of callouts) expect(c.leader).toMatch(/^M[\d.]+ [\d.]+L[\d.]+ [\d.]+$/);
	});
});
