import { inflateSync } from 'node:zlib';

/**
 * A PDF printed by Chromium (Skia): its objects, and its pages in order.
 * Enough to check what a printed page says and how far down it is set; not
 * a general PDF reader: it expects Skia's uncompressed object table, Flate
 * streams with direct lengths, and Identity-H fonts with ToUnicode maps,
 * which is what Chromium writes.
 */
function readPdf(pdf: Buffer) {
	const source = pdf.toString('latin1');
	const objects = new Map<string, { dict: string; stream?: Buffer }>();
	const start = /(\d+) 0 obj\s*/g;
	for (let m = start.exec(source); m; m = start.exec(source)) {
		const from = m.index + m[0].length;
		const end = source.startsWith('<<', from) ? dictionaryEnd(source, from) : from;
		const dict = source.slice(from, end);
		let stream: Buffer | undefined;
		const body = /^\s*stream\r?\n/.exec(source.slice(end, end + 16));
		if (body) {
			const at = end + body[0].length;
			const length = Number(/\/Length (\d+)/.exec(dict)?.[1] ?? 0);
			const raw = pdf.subarray(at, at + length);
			stream = /\/FlateDecode/.test(dict) ? inflateSync(raw) : raw;
			start.lastIndex = at + length;
		}
		objects.set(m[1], { dict, stream });
	}
	const pages = [...objects.values()].filter((o) => /\/Type \/Page\b/.test(o.dict));
	const contentsOf = (page: { dict: string }) => [...(/\/Contents \[?([^\]/]*)/.exec(page.dict)?.[1] ?? '').matchAll(/(\d+) 0 R/g)].map((c) => objects.get(c[1])?.stream?.toString('latin1') ?? '');
	return { objects, pages, contentsOf };
}

/** The text of each page, in drawing order, one line per text object, margin boxes included. */
export function pdfPageTexts(pdf: Buffer): string[] {
	const { objects, pages, contentsOf } = readPdf(pdf);
	const ref = (dict: string, key: string) => new RegExp(`/${key} (\\d+) 0 R`).exec(dict)?.[1];
	const unicodeMaps = new Map<string, Map<number, string>>();
	const unicodeOf = (fontId: string) => {
		if (!unicodeMaps.has(fontId)) unicodeMaps.set(fontId, toUnicode(objects.get(ref(objects.get(fontId)?.dict ?? '', 'ToUnicode') ?? '')?.stream?.toString('latin1') ?? ''));
		return unicodeMaps.get(fontId)!;
	};
	return pages.map((page) => {
		const fonts = new Map([...(/\/Font <<([^>]*)>>/.exec(page.dict)?.[1] ?? '').matchAll(/\/(\w+) (\d+) 0 R/g)].map((f) => [f[1], f[2]]));
		const contents = contentsOf(page);
		const lines: string[] = [];
		for (const content of contents) {
			let font = new Map<number, string>();
			for (const block of content.split(/\bET\b/)) {
				let line = '';
				for (const t of block.matchAll(/\/(\w+) [\d.]+ Tf|<([0-9A-Fa-f]*)>|\]\s*TJ/g)) {
					if (t[1]) font = unicodeOf(fonts.get(t[1]) ?? '');
					else if (t[2] !== undefined) for (let i = 0; i + 4 <= t[2].length; i += 4) line += font.get(parseInt(t[2].slice(i, i + 4), 16)) ?? '';
				}
				if (line) lines.push(line);
			}
		}
		return lines.join('\n');
	});
}

/**
 * How far down each page its text reaches: the lowest line's baseline,
 * within the page's area for text (the page less `margins`, in millimetres,
 * where the running heads and page numbers stand), as a share of that area's
 * height. A page whose text ends at 0.7 is three tenths blank at its foot.
 */
export function pdfPageFill(pdf: Buffer, margins: { top: number; bottom: number }): number[] {
	const { pages, contentsOf } = readPdf(pdf);
	const points = (mm: number) => (mm / 25.4) * 72;
	type Matrix = number[];
	const times = (a: Matrix, b: Matrix): Matrix => [a[0] * b[0] + a[1] * b[2], a[0] * b[1] + a[1] * b[3], a[2] * b[0] + a[3] * b[2], a[2] * b[1] + a[3] * b[3], a[4] * b[0] + a[5] * b[2] + b[4], a[4] * b[1] + a[5] * b[3] + b[5]];
	return pages.map((page) => {
		const height = Number(/\/MediaBox \[[\d.]+ [\d.]+ [\d.]+ ([\d.]+)\]/.exec(page.dict)?.[1]);
		const [top, bottom] = [points(margins.top), height - points(margins.bottom)];
		let lowest = top;
		for (const content of contentsOf(page)) {
			// Skia places each line of text by a text matrix inside nested transformations, saved and restored.
			let ctm: Matrix = [1, 0, 0, 1, 0, 0];
			const saved: Matrix[] = [];
			for (const op of content.matchAll(/((?:-?[\d.]+ ){6})(cm|Tm)\b|\b([qQ])\b/g)) {
				if (op[3] === 'q') saved.push(ctm);
				else if (op[3] === 'Q') ctm = saved.pop() ?? ctm;
				else {
					const matrix = op[1].trim().split(' ').map(Number);
					if (op[2] === 'cm') ctm = times(matrix, ctm);
					else {
						const y = height - times(matrix, ctm)[5];
						if (y > top && y < bottom) lowest = Math.max(lowest, y);
					}
				}
			}
		}
		return (lowest - top) / (bottom - top);
	});
}

/** Where the dictionary that opens at `from` (`<<`) closes, skipping strings inside it. */
function dictionaryEnd(source: string, from: number): number {
	let depth = 0;
	for (let i = from; i < source.length; i++) {
		if (source.startsWith('<<', i)) {
			depth++;
			i++;
		} else if (source.startsWith('>>', i)) {
			depth--;
			i++;
			if (depth === 0) return i + 1;
		} else if (source[i] === '<') {
			i = source.indexOf('>', i);
		} else if (source[i] === '(') {
			for (let nest = 0; i < source.length; i++) {
				if (source[i] === '\\') i++;
				else if (source[i] === '(') nest++;
				else if (source[i] === ')' && --nest === 0) break;
			}
		}
	}
	return source.length;
}

/** A ToUnicode CMap's code → text, from its bfchar and bfrange sections. */
function toUnicode(cmap: string): Map<number, string> {
	const map = new Map<number, string>();
	const text = (hex: string) => String.fromCharCode(...(hex.match(/.{4}/g) ?? []).map((h) => parseInt(h, 16)));
	for (const section of cmap.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
		for (const [, code, value] of section[1].matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>/g)) map.set(parseInt(code, 16), text(value));
	}
	for (const section of cmap.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
		for (const [, from, to, value] of section[1].matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>/g)) {
			const start = parseInt(value, 16);
			for (let c = parseInt(from, 16); c <= parseInt(to, 16); c++) map.set(c, String.fromCharCode(start + c - parseInt(from, 16)));
		}
	}
	return map;
}
