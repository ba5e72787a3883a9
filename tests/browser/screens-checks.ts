/* Checks run inside the page by the screens tests; each must be self-contained (it is serialised into the page). */

/**
 * Footnote markers and contents links (or the targets `selector` picks) that
 * fail WCAG 2.2's target size (2.5.8): smaller than 24 × 24 px, unless a
 * 24 px circle centred on the target meets no other target and no other
 * such circle. The contents are opened first, as a reader would.
 */
export function undersizedTargets(selector = 'a[data-footnote-ref], .toc a'): string[] {
	for (const details of document.querySelectorAll<HTMLDetailsElement>('.toc details')) details.open = true;
	const visible = (el: Element) => el.checkVisibility() && el.getClientRects().length > 0;
	const targets = [...document.querySelectorAll('a[href], button, summary, input')].filter(visible);
	const checked = [...document.querySelectorAll(selector)].filter(visible);
	const boxes = new Map(targets.map((t) => [t, t.getBoundingClientRect()]));
	const small = checked.filter((t) => boxes.get(t)!.width < 24 || boxes.get(t)!.height < 24);
	const centre = (r: DOMRect) => [r.left + r.width / 2, r.top + r.height / 2];
	const circleMeets = (c: number[], r: DOMRect) => Math.hypot(c[0] - Math.max(r.left, Math.min(c[0], r.right)), c[1] - Math.max(r.top, Math.min(c[1], r.bottom))) < 12;
	return small
		.filter((t) => {
			const c = centre(boxes.get(t)!);
			return targets.some((o) => o !== t && (circleMeets(c, boxes.get(o)!) || (small.includes(o) && Math.hypot(c[0] - centre(boxes.get(o)!)[0], c[1] - centre(boxes.get(o)!)[1]) < 24)));
		})
		.map((t) => {
			const r = boxes.get(t)!;
			return `${t.textContent!.trim().slice(0, 30)} (${Math.round(r.width)}×${Math.round(r.height)})`;
		});
}

/** Footnote markers that begin a line, away from the word they follow. */
export function markersAlone(): string[] {
	return [...document.querySelectorAll('sup:has(> a[data-footnote-ref])')].flatMap((sup) => {
		// The last character before the marker, skipping an earlier marker beside it.
		let node: Node | null = sup;
		while (node && !node.previousSibling) node = node.parentNode;
		let before = node?.previousSibling ?? null;
		while (before && before.nodeType !== Node.TEXT_NODE) before = before.lastChild ?? before.previousSibling;
		if (!before || !before.textContent!.trim()) return [];
		const range = document.createRange();
		const text = before.textContent!.trimEnd();
		range.setStart(before, text.length - 1);
		range.setEnd(before, text.length);
		const word = range.getBoundingClientRect();
		const marker = sup.getBoundingClientRect();
		return marker.top >= word.bottom - 2 ? [`${sup.textContent} after “${text.slice(-20)}”`] : [];
	});
}

/**
 * Punctuation cut off from the link or word it closes: beginning a line
 * (“, Timeline”), or left apart from the element's last word on its line
 * (a wrapped inline block's full stop, at the margin).
 */
export function punctuationAlone(): string[] {
	const found: string[] = [];
	const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
	for (let node = walker.nextNode(); node; node = walker.nextNode()) {
		const before = node.previousSibling;
		if (!(before instanceof Element) || !/^[,.;:!?)]/.test(node.textContent!)) continue;
		const range = document.createRange();
		range.setStart(node, 0);
		range.setEnd(node, 1);
		const mark = range.getBoundingClientRect();
		// Where the element's text ends, not its box: an inline block's box is as wide as the line its text wraps on.
		range.selectNodeContents(before);
		const last = [...range.getClientRects()].filter((r) => r.width > 0).at(-1);
		if (!last || mark.width === 0) continue;
		const where = `“${node.textContent!.slice(0, 12)}” after “${before.textContent!.trim().slice(-20)}”`;
		if (mark.top >= last.bottom - 2) found.push(`${where}, at the start of a line`);
		else if (mark.left - last.right > 6) found.push(`${where}, ${Math.round(mark.left - last.right)} px from it`);
	}
	return found;
}

/** A “·” between links left at the end of a line, the link it leads to on the next. */
export function separatorsAtLineEnd(): string[] {
	const found: string[] = [];
	const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
	for (let node = walker.nextNode(); node; node = walker.nextNode()) {
		const at = node.textContent!.indexOf('·');
		const next = node.nextSibling;
		if (at < 0 || node.textContent!.slice(at + 1).trim() || !(next instanceof Element)) continue;
		const range = document.createRange();
		range.setStart(node, at);
		range.setEnd(node, at + 1);
		const dot = range.getBoundingClientRect();
		const first = next.getClientRects()[0];
		if (dot.width > 0 && first && first.top >= dot.bottom - 2) found.push(`“·” before “${next.textContent!.trim().slice(0, 20)}”`);
	}
	return found;
}

/**
 * WCAG 1.4.12's text spacing, as a reader's own style sheet: adopted by the
 * page rather than added as a <style>, which the page's policy refuses.
 * `lines`: the lines 1.5 high too, as the criterion sets them; without,
 * letter and word spacing alone, the lines as high as they were.
 */
export function applyTextSpacing(lines: boolean): void {
	const spacing = new CSSStyleSheet();
	spacing.replaceSync(`* { ${lines ? 'line-height: 1.5 !important; ' : ''}letter-spacing: 0.12em !important; word-spacing: 0.16em !important; } p { margin-bottom: 2em !important; }`);
	document.adoptedStyleSheets = [spacing];
}
