/**
 * Colour arithmetic for checking palettes: WCAG contrast, CIELAB and the
 * CIEDE2000 colour difference, and how colours look with colour-vision
 * deficiencies, simulated after Machado, Oliveira and Fernandes (2009),
 * "A physiologically-based model for simulation of color vision
 * deficiency", IEEE TVCG 15(6), at severity 1.0 (dichromacy).
 */
type Rgb = [number, number, number];
type Matrix = [Rgb, Rgb, Rgb];

/** The paper's matrices for full severity, applied to linear RGB. */
export const DEFICIENCIES: Record<'protanopia' | 'deuteranopia' | 'tritanopia', Matrix> = {
	protanopia: [
		[0.152286, 1.052583, -0.204868],
		[0.114503, 0.786281, 0.099216],
		[-0.003882, -0.048116, 1.051998],
	],
	deuteranopia: [
		[0.367322, 0.860646, -0.227968],
		[0.280085, 0.672501, 0.047413],
		[-0.01182, 0.04294, 0.968881],
	],
	tritanopia: [
		[1.255528, -0.076749, -0.178779],
		[-0.078411, 0.930809, 0.147602],
		[0.004733, 0.691367, 0.3039],
	],
};

export type Vision = 'normal' | keyof typeof DEFICIENCIES;

/** A computed colour, "rgb(163, 82, 0)", as "#a35200" (its alpha dropped). */
export const hexOf = (rgb: string) => `#${rgb.match(/\d+/g)!.slice(0, 3).map((n) => Number(n).toString(16).padStart(2, '0')).join('')}`;

/** "#a35200" → linear RGB in [0, 1]. */
export function linearRgb(hex: string): Rgb {
	const match = /^#([0-9a-f]{6})$/i.exec(hex);
	if (!match) throw new Error(`not a colour: ${hex}`);
	const channel = (i: number) => {
		const c = parseInt(match[1].slice(i * 2, i * 2 + 2), 16) / 255;
		return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
	};
	return [channel(0), channel(1), channel(2)];
}

/** A colour as seen with a deficiency (linear RGB, clamped to the screen's gamut). */
export function simulate(rgb: Rgb, vision: Vision): Rgb {
	if (vision === 'normal') return rgb;
	const m = DEFICIENCIES[vision];
	return m.map((row) => Math.min(1, Math.max(0, row[0] * rgb[0] + row[1] * rgb[1] + row[2] * rgb[2]))) as Rgb;
}

/** WCAG 2 relative luminance of a linear RGB colour. */
export const luminance = ([r, g, b]: Rgb) => 0.2126 * r + 0.7152 * g + 0.0722 * b;

/** WCAG 2 contrast ratio between two colours. */
export function contrast(a: string, b: string): number {
	const [la, lb] = [luminance(linearRgb(a)), luminance(linearRgb(b))];
	return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

/** CIELAB (D65 white) of a linear RGB colour. */
export function lab(rgb: Rgb): Rgb {
	const [r, g, b] = rgb;
	const xyz = [
		(0.4124564 * r + 0.3575761 * g + 0.1804375 * b) / 0.95047,
		0.2126729 * r + 0.7151522 * g + 0.072175 * b,
		(0.0193339 * r + 0.119192 * g + 0.9503041 * b) / 1.08883,
	];
	const f = (t: number) => (t > (6 / 29) ** 3 ? Math.cbrt(t) : t / (3 * (6 / 29) ** 2) + 4 / 29);
	const [fx, fy, fz] = xyz.map(f);
	return [116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)];
}

/** CIEDE2000 difference of two CIELAB colours (Sharma, Wu and Dalal 2005). */
export function deltaE2000([l1, a1, b1]: Rgb, [l2, a2, b2]: Rgb): number {
	const rad = Math.PI / 180;
	const cBar = (Math.hypot(a1, b1) + Math.hypot(a2, b2)) / 2;
	const g = 0.5 * (1 - Math.sqrt(cBar ** 7 / (cBar ** 7 + 25 ** 7)));
	const [ap1, ap2] = [(1 + g) * a1, (1 + g) * a2];
	const [cp1, cp2] = [Math.hypot(ap1, b1), Math.hypot(ap2, b2)];
	const hue = (b: number, a: number) => (b === 0 && a === 0 ? 0 : (Math.atan2(b, a) / rad + 360) % 360);
	const [hp1, hp2] = [hue(b1, ap1), hue(b2, ap2)];
	const dL = l2 - l1;
	const dC = cp2 - cp1;
	let dh = 0;
	if (cp1 * cp2 !== 0) dh = Math.abs(hp2 - hp1) <= 180 ? hp2 - hp1 : hp2 - hp1 > 180 ? hp2 - hp1 - 360 : hp2 - hp1 + 360;
	const dH = 2 * Math.sqrt(cp1 * cp2) * Math.sin((dh * rad) / 2);
	const lBar = (l1 + l2) / 2;
	const cpBar = (cp1 + cp2) / 2;
	let hBar = hp1 + hp2;
	if (cp1 * cp2 !== 0) hBar = Math.abs(hp1 - hp2) <= 180 ? (hp1 + hp2) / 2 : hp1 + hp2 < 360 ? (hp1 + hp2 + 360) / 2 : (hp1 + hp2 - 360) / 2;
	const t = 1 - 0.17 * Math.cos((hBar - 30) * rad) + 0.24 * Math.cos(2 * hBar * rad) + 0.32 * Math.cos((3 * hBar + 6) * rad) - 0.2 * Math.cos((4 * hBar - 63) * rad);
	const sl = 1 + (0.015 * (lBar - 50) ** 2) / Math.sqrt(20 + (lBar - 50) ** 2);
	const sc = 1 + 0.045 * cpBar;
	const sh = 1 + 0.015 * cpBar * t;
	const rt = -2 * Math.sqrt(cpBar ** 7 / (cpBar ** 7 + 25 ** 7)) * Math.sin(60 * Math.exp(-(((hBar - 275) / 25) ** 2)) * rad);
	return Math.sqrt((dL / sl) ** 2 + (dC / sc) ** 2 + (dH / sh) ** 2 + rt * (dC / sc) * (dH / sh));
}

/** The CIEDE2000 difference between two colours as a reader with the given vision sees them. */
export function seenDifference(a: string, b: string, vision: Vision): number {
	return deltaE2000(lab(simulate(linearRgb(a), vision)), lab(simulate(linearRgb(b), vision)));
}
