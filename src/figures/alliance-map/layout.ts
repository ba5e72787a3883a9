/**
 * The map's design: its size, how much detail it keeps, and its two panels.
 */
import type { Box, Point } from './geometry.ts';
import type { LabelStyle } from './labels.ts';

export interface PanelSpec {
	label: string;
	box: Box;
	/** Centre of the Lambert azimuthal equal-area projection, [longitude, latitude]. */
	centre: Point;
	/** Places that must be inside the panel: the projection is fitted to them. */
	frame: Point[];
	/**
	 * Longitudes a country's centroid must lie between to be drawn, so that
	 * land seen across the pole (Scandinavia from Canada) stays out.
	 */
	longitudes: [number, number];
	/** Length of the scale bar, km. */
	scaleKm: number;
	/** Where the scale bar starts, from the panel's bottom-left corner. */
	scaleAt: Point;
	labels: { text: string; at: Point; className: string }[];
}

export interface MapLayout {
	width: number;
	height: number;
	/**
	 * Decimals kept in coordinates. Whole units are enough: at the text
	 * column's width a unit is about a CSS pixel, and simplification has
	 * already removed finer detail.
	 */
	digits: number;
	/**
	 * Points whose Visvalingam triangle, once projected, is smaller than this
	 * (square units) are dropped; shared borders stay shared.
	 */
	simplify: number;
	/** How many times harder to simplify borders and coasts that touch no member and not Ukraine. */
	contextSimplify: number;
	/** Rings smaller than this (square units) are left out: specks of islands. */
	minArea: number;
	/** Gap between the hatching lines over Ukraine, units. */
	hatchSpacing: number;
	/** Gap between the lines over the shades lined on paper (palette.ts), units. */
	textureSpacing: number;
	/** How members are named on the map. */
	labels: LabelStyle;
	panels: PanelSpec[];
}

/**
 * Two panels, because a single projection that holds both Alaska and Türkiye
 * shrinks the Balkan members to specks. Europe gets the room: 30 of the 32
 * members are there.
 */
export const LAYOUT: MapLayout = {
	width: 800,
	height: 470,
	digits: 0,
	simplify: 6,
	contextSimplify: 3,
	minArea: 8,
	hatchSpacing: 3.5,
	textureSpacing: 2.5,
	// 11 units render at 12 px or more wherever the names are shown: on a map
	// drawn 880 px wide or more, and in the enlarged Europe panel (AllianceMap.astro).
	labels: { fontSize: 11, lineHeight: 1, nameMargin: -4, numberMargin: 0, badge: 8.5, reach: [16, 22, 28, 36], grid: 1 },
	panels: [
		{
			label: 'North America',
			box: { x: 0, y: 0, width: 246, height: 470 },
			centre: [-98, 52],
			frame: [[-168, 65.5], [-163, 54.5], [-141, 70], [-124.7, 48.4], [-117, 32.5], [-97.2, 25.8], [-80.2, 25.2], [-52.6, 47.5], [-61, 82.5]],
			longitudes: [-180, -25],
			scaleKm: 1000,
			scaleAt: [12, 14],
			labels: [],
		},
		{
			label: 'Europe',
			box: { x: 254, y: 0, width: 546, height: 470 },
			centre: [14, 54],
			frame: [[-24.5, 66.5], [-9.5, 36.9], [24, 34.8], [35, 35.2], [44.8, 39.5], [42, 52], [31, 71.2], [15, 69]],
			longitudes: [-25, 180],
			scaleKm: 500,
			scaleAt: [12, 14],
			labels: [
				{ text: 'UKRAINE', at: [31.3, 49.1], className: 'alliance-map__label alliance-map__label--ukraine' },
				{ text: 'RUSSIA', at: [41, 56.5], className: 'alliance-map__label' },
			],
		},
	],
};
