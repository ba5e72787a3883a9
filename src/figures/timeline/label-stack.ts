/**
 * Labels set beside an axis: wrapped to a width, then stacked so that none
 * overlaps the next.
 */

/**
 * Splits text into lines of at most `width` characters at spaces (a longer
 * word gets a line of its own); the first line has `indent` fewer characters.
 */
export function wrapText(text: string, width: number, indent = 0): string[] {
	const lines: string[] = [];
	let line = '';
	for (const word of text.split(/\s+/).filter(Boolean)) {
		const room = width - (lines.length === 0 ? indent : 0);
		if (line && line.length + 1 + word.length > room) {
			lines.push(line);
			line = word;
		} else {
			line = line ? `${line} ${word}` : word;
		}
	}
	if (line) lines.push(line);
	return lines;
}

export interface LabelBox {
	/** Where the label's top edge would ideally be. */
	target: number;
	/** The label's height. */
	size: number;
}

/**
 * Top edges for labels stacked along an axis, in the order given, at least
 * `gap` apart, inside [min, max] where they fit, and as close to their
 * targets as possible (least squares). Subtracting each label's offset in a
 * tight stack turns "no overlap" into "non-decreasing", which is an isotonic
 * regression: pool adjacent violators, then clamp to the bounds.
 */
export function spreadLabels(boxes: readonly LabelBox[], gap: number, min = -Infinity, max = Infinity): number[] {
	const offsets: number[] = [];
	let offset = 0;
	for (const box of boxes) {
		offsets.push(offset);
		offset += box.size + gap;
	}
	const blocks: { sum: number; count: number }[] = [];
	boxes.forEach((box, i) => {
		blocks.push({ sum: box.target - offsets[i], count: 1 });
		while (blocks.length > 1 && blocks.at(-2)!.sum / blocks.at(-2)!.count > blocks.at(-1)!.sum / blocks.at(-1)!.count) {
			const last = blocks.pop()!;
			blocks.at(-1)!.sum += last.sum;
			blocks.at(-1)!.count += last.count;
		}
	});
	const stack = offset - gap;
	// When the stack is taller than the room, it starts at `min` and runs over `max`.
	const high = Math.max(min, max - stack);
	const tops: number[] = [];
	for (const block of blocks) {
		const value = Math.min(high, Math.max(min, block.sum / block.count));
		for (let k = 0; k < block.count; k++) tops.push(value + offsets[tops.length]);
	}
	return tops;
}
