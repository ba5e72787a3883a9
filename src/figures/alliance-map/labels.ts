/**
 * Where the map names its members. A name goes inside its member's shape
 * where it fits; a member too small for its name gets a number, listed in
 * the key under the map (numbered in alphabetical order, so a reader can
 * find a name in the key and then its number on the map); one too small even
 * for a number gets it beside its shape, in a ring, with a leader line.
 */
import { roundTo, type Box, type Point } from './geometry.ts';
import { bestSpot, distanceField, insideRings, type DistanceField } from './label-spots.ts';
import { AstroError } from 'astro/errors';

export interface LabelStyle {
	/** Font size of names and numbers, units. */
	fontSize: number;
	/** Height of a label's box, in ems. */
	lineHeight: number;
	/**
	 * Least room between a name's box and its member's edge, units: negative
	 * lets a name reach that far over the border, where its halo keeps it
	 * legible. A number must fit inside with `numberMargin`.
	 */
	nameMargin: number;
	numberMargin: number;
	/** Radius of the ring around a number set beside its member, units. */
	badge: number;
	/** Distances from the member at which a ring is tried, units. */
	reach: number[];
	/** Spacing of the grid on which places are tried, units. */
	grid: number;
}

/** A member's shape in the panel where it is labelled. */
export interface LabelTarget {
	id: string;
	name: string;
	/** Index of the panel. */
	panel: number;
	rings: Point[][];
}

export interface MemberLabel {
	id: string;
	/** The name (on one line or two), or the member's number in the key. */
	lines: string[];
	kind: 'name' | 'number' | 'callout';
	/** Centre of the text. */
	x: number;
	y: number;
	/** For a callout: the leader line from its ring to the member. */
	leader?: string;
}

export interface KeyEntry {
	number: number;
	id: string;
	name: string;
}

/**
 * Advance widths in ems, after DejaVu Sans (Verdana's metrics), the widest
 * of the sans-serif faces readers' systems use, so that a box is never
 * too small: narrow letters, wide ones, capitals, and the rest.
 */
const NARROW = /[ijlIt.,'’ fr]/;
const WIDE = /[mwMW]/;
export function textWidth(text: string, fontSize: number): number {
	let em = 0;
	for (const ch of text) em += NARROW.test(ch) ? 0.32 : WIDE.test(ch) ? 0.9 : /[A-Z]/.test(ch) ? 0.72 : 0.63;
	return em * fontSize;
}

/** Width and height of a label's box, units. */
function labelSize(label: Pick<MemberLabel, 'lines' | 'kind'>, style: LabelStyle): [number, number] {
	if (label.kind === 'callout') return [style.badge * 2, style.badge * 2];
	return [Math.max(...label.lines.map((line) => textWidth(line, style.fontSize))), label.lines.length * style.lineHeight * style.fontSize];
}

/** The box a label covers, units. */
export function labelBox(label: Pick<MemberLabel, 'lines' | 'kind' | 'x' | 'y'>, style: LabelStyle): Box {
	const [width, height] = labelSize(label, style);
	return { x: label.x - width / 2, y: label.y - height / 2, width, height };
}

export const boxesOverlap = (a: Box, b: Box, gap = 0) =>
	a.x < b.x + b.width + gap && b.x < a.x + a.width + gap && a.y < b.y + b.height + gap && b.y < a.y + a.height + gap;

/** A label inside its member's shape, if its box fits there with the margin. */
function inside(target: LabelTarget, field: DistanceField, lines: string[], kind: 'name' | 'number', style: LabelStyle): MemberLabel | undefined {
	const [width, height] = labelSize({ lines, kind }, style);
	const spot = bestSpot(field, width, height);
	const margin = kind === 'name' ? style.nameMargin : style.numberMargin;
	return spot.clearance >= margin ? { id: target.id, lines, kind, x: spot.x, y: spot.y } : undefined;
}

/** The name inside its shape, on one line or else broken at the space nearest its middle. */
function named(target: LabelTarget, field: DistanceField, style: LabelStyle): MemberLabel | undefined {
	const one = inside(target, field, [target.name], 'name', style);
	const spaces = [...target.name.matchAll(/ /g)].map((m) => m.index);
	if (one || spaces.length === 0) return one;
	const middle = spaces.reduce((best, i) => (Math.abs(i - target.name.length / 2) < Math.abs(best - target.name.length / 2) ? i : best));
	return inside(target, field, [target.name.slice(0, middle), target.name.slice(middle + 1)], 'name', style);
}

/** A number beside its member, in the first place around it (clockwise from the south-east) clear of `taken`. */
function callout(target: LabelTarget, field: DistanceField, number: string, style: LabelStyle, panel: Box, taken: Box[]): MemberLabel {
	const anchor = bestSpot(field, 0, 0);
	for (const reach of style.reach) {
		for (let k = 0; k < 16; k++) {
			const angle = Math.PI / 4 + (k * Math.PI) / 8;
			const label: MemberLabel = { id: target.id, lines: [number], kind: 'callout', x: roundTo(anchor.x + Math.cos(angle) * reach, 1), y: roundTo(anchor.y + Math.sin(angle) * reach, 1) };
			const box = labelBox(label, style);
			const inPanel = box.x >= panel.x && box.y >= panel.y && box.x + box.width <= panel.x + panel.width && box.y + box.height <= panel.y + panel.height;
			if (!inPanel || taken.some((b) => boxesOverlap(b, box, 1)) || insideRings(target.rings, [label.x, label.y])) continue;
			const from: Point = [roundTo(label.x - Math.cos(angle) * style.badge, 1), roundTo(label.y - Math.sin(angle) * style.badge, 1)];
			return { ...label, leader: `M${from[0]} ${from[1]}L${anchor.x} ${anchor.y}` };
		}
	}
	throw new AstroError(`alliance map: no room to number member "${target.id}" (${target.name}) beside its shape.`, 'Widen LABELS.reach in src/figures/alliance-map/layout.ts, or give the member room by its panel’s bounds there.');
}

/**
 * Labels for every member, by panel, and the key of the numbered ones.
 * Names and numbers inside shapes come first; rings beside the smallest
 * members are then set where they cover no other label.
 */
export function placeLabels(targets: readonly LabelTarget[], panels: readonly Box[], style: LabelStyle): { labels: MemberLabel[][]; key: KeyEntry[] } {
	// One field per member, wide enough around it for its name's box.
	const fields = new Map(targets.map((t) => [t.id, distanceField(t.rings, textWidth(t.name, style.fontSize) / 2 + style.fontSize, style.grid, 24)]));
	const names = new Map(targets.map((t) => [t.id, named(t, fields.get(t.id)!, style)]));
	const key = targets
		.filter((t) => !names.get(t.id))
		.sort((a, b) => a.name.localeCompare(b.name, 'en'))
		.map((t, i): KeyEntry => ({ number: i + 1, id: t.id, name: t.name }));
	const numberOf = new Map(key.map((k) => [k.id, String(k.number)]));
	const labels = panels.map(() => [] as MemberLabel[]);
	const later: LabelTarget[] = [];
	for (const target of targets) {
		const label = names.get(target.id) ?? inside(target, fields.get(target.id)!, [numberOf.get(target.id)!], 'number', style);
		if (label) labels[target.panel].push(label);
		else later.push(target);
	}
	for (const target of later) {
		const taken = labels[target.panel].map((l) => labelBox(l, style));
		labels[target.panel].push(callout(target, fields.get(target.id)!, numberOf.get(target.id)!, style, panels[target.panel], taken));
	}
	return { labels, key };
}
