import { describe, expect, it } from 'vitest';
import { spreadLabels, wrapText } from '../../src/figures/timeline/label-stack.ts';
import { gapBetween, listTimeline, spanTitle } from '../../src/figures/timeline/list-form.ts';
import { layoutTimeline, TIMELINE_LAYOUT, type TimelineEvent } from '../../src/figures/timeline/placement.ts';
import { ticksFor, yearFraction } from '../../src/figures/timeline/time-scale.ts';

describe('dates', () => {
	it('places a date at the middle of the day, month or year it names', () => {
		expect(yearFraction('1994')).toBe(1994.5);
		expect(yearFraction('2023-01-01')).toBeCloseTo(2023 + 0.5 / 365, 9);
		expect(yearFraction('2024-02')).toBeCloseTo(2024 + (31 + 14.5) / 366, 9);
		expect(yearFraction('2024-12-31')).toBeLessThan(2025);
	});
});

describe('wrapText', () => {
	it('breaks at spaces, leaving room for the date on the first line', () => {
		expect(wrapText('one two three four', 9)).toEqual(['one two', 'three', 'four']);
		expect(wrapText('one two three', 13, 7)).toEqual(['one', 'two three']);
		expect(wrapText('unbreakable-word here', 5)).toEqual(['unbreakable-word', 'here']);
	});
});

describe('spreadLabels', () => {
	const boxes = (...targets: number[]) => targets.map((target) => ({ target, size: 10 }));

	it('leaves labels that do not collide where they are', () => {
		expect(spreadLabels(boxes(0, 20, 50), 2)).toEqual([0, 20, 50]);
	});

	it('spreads a cluster evenly about its centre, in order', () => {
		expect(spreadLabels(boxes(100, 100, 100), 2)).toEqual([88, 100, 112]);
		expect(spreadLabels(boxes(0, 5, 100), 0)).toEqual([-2.5, 7.5, 100]);
	});

	it('keeps within its bounds, pushing the stack away from an edge', () => {
		const tops = spreadLabels(boxes(0, 0, 0), 2, 0, 100);
		expect(tops).toEqual([0, 12, 24]);
		expect(spreadLabels(boxes(100, 100), 2, 0, 100)).toEqual([78, 90]);
	});

	it('starts an over-full stack at the top bound', () => {
		expect(spreadLabels(boxes(5, 5, 5), 0, 0, 20)).toEqual([0, 10, 20]);
	});

	it('never overlaps, whatever the targets', () => {
		const targets = [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5].map((t, i) => ({ target: t * 7 + i, size: 5 + (i % 3) * 5 }));
		const tops = spreadLabels(targets, 3, 0, 400);
		for (let i = 1; i < tops.length; i++) expect(tops[i] - tops[i - 1]).toBeGreaterThanOrEqual(targets[i - 1].size + 3 - 1e-9);
	});
});

describe('ticksFor', () => {
	it('marks decades over a long span', () => {
		expect(ticksFor(1949, 2025).map((t) => t.label)).toEqual(['1950', '1960', '1970', '1980', '1990', '2000', '2010', '2020']);
	});

	it('marks years and quarters over a few years', () => {
		const ticks = ticksFor(2022, 2025);
		expect(ticks.filter((t) => t.major && t.label).map((t) => t.label)).toEqual(['2022', '2023', '2024']);
		expect(ticks.filter((t) => !t.major).map((t) => t.label).slice(0, 3)).toEqual(['Apr', 'Jul', 'Oct']);
		expect(ticks.at(-1)).toEqual({ at: 2025, label: '', major: true });
	});

	it('marks months over a few months, starting on the first', () => {
		expect(ticksFor(2024 + 8 / 12, 2025).map((t) => t.label)).toEqual(['Sep', 'Oct', 'Nov', 'Dec', '']);
	});
});

describe('layoutTimeline', () => {
	const events: TimelineEvent[] = [
		{ id: 'treaty', date: '1949-04-04', title: 'Twelve nations sign the North Atlantic Treaty' },
		{ id: 'pfp', date: '1994', title: 'Ukraine joins Partnership for Peace' },
		{ id: 'invasion', date: '2022-02-24', title: 'Russia launches its full-scale invasion' },
		{ id: 'sweden', date: '2024-03-07', title: 'Sweden becomes the 32nd member' },
		...['2024-11-19', '2024-11-21', '2024-11-29', '2024-11-29', '2024-12-03'].map((date, i) => ({ id: `late-${i}`, date, title: `A late event number ${i} with a long enough title to fill a line of the figure` })),
	];
	const figure = layoutTimeline(events, '2024-11-29');

	it('labels each event once, in the deepest view that holds it, with a note for each enlargement', () => {
		expect(figure.labels.filter((l) => l.id).map((l) => l.id).sort()).toEqual(events.map((e) => e.id).sort());
		expect(figure.labels.filter((l) => !l.id).map((l) => `${l.date} ${l.lines.join(' ')}`)).toEqual([
			'2022–2024 7 events, enlarged below',
			'Sep–Dec 2024 5 events, enlarged below',
		]);
		const [long, years, months] = figure.views;
		const viewOf = (id: string) => figure.views.findIndex((v) => {
			const label = figure.labels.find((l) => l.id === id)!;
			return label.y >= v.top - 20 && label.y <= v.bottom + 20;
		});
		expect(viewOf('pfp')).toBe(0);
		expect(viewOf('sweden')).toBe(1);
		expect(viewOf('late-4')).toBe(2);
		expect([long.title, years.title, months.title]).toEqual(TIMELINE_LAYOUT.views.map((v) => v.title));
	});

	/** Each label's first and last baselines, top to bottom. */
	const labelSpans = () => figure.labels.map((l) => [l.y, l.y + (l.lines.length - 1) * figure.lineHeight]).sort((a, b) => a[0] - b[0]);

	it('stacks labels without overlap', () => {
		const spans = labelSpans();
		for (let i = 1; i < spans.length; i++) expect(spans[i][0] - spans[i - 1][1]).toBeGreaterThanOrEqual(figure.lineHeight - 1e-9);
	});

	it('stands each label’s lines 24 units from the next label’s, so that each link is a target by its spacing', () => {
		const spans = labelSpans();
		for (let i = 1; i < spans.length; i++) expect(spans[i][0] - spans[i - 1][1]).toBeGreaterThanOrEqual(24 - 1e-9);
	});

	it('gives events on one day one dot, and a hollow dot to those after the briefing date', () => {
		expect(figure.dots).toHaveLength(events.length - 1);
		expect(figure.dots.filter((d) => d.future)).toHaveLength(1);
		// Its label says so too, for a screen reader, which hears no hollow dot.
		expect(figure.labels.filter((l) => l.future).map((l) => l.id)).toEqual(events.filter((e) => e.date > '2024-11-29').map((e) => e.id));
		expect(figure.leaders.match(/M/g)).toHaveLength(events.length);
	});

	it('draws a band and a funnel for each enlargement, and grows a view whose labels need room', () => {
		expect(figure.views.map((v) => Boolean(v.band))).toEqual([true, true, false]);
		expect(figure.funnel.match(/M/g)).toHaveLength(4);
		const crowded = layoutTimeline(
			Array.from({ length: 30 }, (_, i) => ({ id: `e${i}`, date: `2024-12-${String(i + 1).padStart(2, '0')}`, title: 'Crowded' })),
			'2024-12-31',
		);
		const last = crowded.views.at(-1)!;
		expect(last.bottom - last.top).toBeGreaterThanOrEqual(30 * (TIMELINE_LAYOUT.lineHeight + TIMELINE_LAYOUT.gap) - TIMELINE_LAYOUT.gap);
		expect(crowded.height).toBeGreaterThan(figure.height);
	});

	it('is the same whatever the order of its input', () => {
		expect(layoutTimeline([...events].reverse(), '2024-11-29')).toEqual(figure);
	});

	it('refuses an event outside the views, naming its file, the event and where the years are set', () => {
		expect(() => layoutTimeline([{ id: 'inauguration', date: '2025-01-20', title: 'Later' }], '2024-11-29')).toThrow(/^content\/timeline\.yaml: event "inauguration": date 2025-01-20 falls outside the timeline drawing, which spans 1949–2024/);
		expect(() => layoutTimeline([{ id: 'inauguration', date: '2025-01-20', title: 'Later' }], '2024-11-29')).toThrow(expect.objectContaining({ hint: expect.stringMatching(/TIMELINE_LAYOUT/) }));
	});
});

describe('listTimeline', () => {
	const events: TimelineEvent[] = [
		{ id: 'treaty', date: '1949-04-04', title: 'Treaty' },
		{ id: 'pfp', date: '1994', title: 'Partnership for Peace' },
		{ id: 'charter', date: '1995-06', title: 'Charter' },
		{ id: 'invasion', date: '2022-02-24', title: 'Invasion' },
		{ id: 'apply', date: '2022-05-18', title: 'Finland and Sweden apply' },
		{ id: 'sybiha', date: '2024-09-05', title: 'Sybiha' },
		{ id: 'rutte', date: '2024-10-01', title: 'Rutte' },
		{ id: 'meeting', date: '2024-12-03', title: 'Meeting' },
		{ id: 'stoltenberg', date: '2024-10-04', title: 'Stoltenberg' },
	];
	const groups = listTimeline(events, '2024-11-29');

	it('groups the events as the drawing’s views label them, in order of date', () => {
		expect(groups.map((g) => [g.title, g.events.map((e) => e.id)])).toEqual([
			// The span of the events: the drawing's first view runs to 2021, but its last event is of 1995.
			['1949 to 1995', ['treaty', 'pfp', 'charter']],
			['February to May 2022', ['invasion', 'apply']],
			['September to December 2024', ['sybiha', 'rutte', 'stoltenberg', 'meeting']],
		]);
		expect(groups.flatMap((g) => g.events).filter((e) => e.future).map((e) => e.id)).toEqual(['meeting']);
	});

	it('titles each group by the span of its events, by months within a year or where the next group starts in its last year', () => {
		expect(spanTitle('1949-04-04', '2019-02')).toBe('1949 to 2019');
		expect(spanTitle('2022-02-24', '2024-08-01', '2024-09-05')).toBe('2022 to August 2024');
		expect(spanTitle('2022-02-24', '2024', '2024-09-05')).toBe('2022 to 2024');
		expect(spanTitle('2024-09-05', '2024-12-03')).toBe('September to December 2024');
		expect(spanTitle('2024-10-01', '2024-10-04')).toBe('October 2024');
		expect(spanTitle('2024', '2024-12-03')).toBe('2024');
	});

	it('spaces each event from the one before by the time between them, starting each group afresh', () => {
		expect(groups.map((g) => g.events.map((e) => e.gap))).toEqual([
			['none', 'years', 'months'],
			['none', 'weeks'],
			['none', 'weeks', 'none', 'weeks'],
		]);
		expect(gapBetween('2024-11-29', '2024-11-29')).toBe('none');
		expect(gapBetween('2022', '2024')).toBe('years');
	});
});
