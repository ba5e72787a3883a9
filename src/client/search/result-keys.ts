/**
 * Where a key moves focus among the results' links, as a listbox's keys
 * do: the arrows to the next or the one before (before the first, -1: back
 * to the search box), Home and End to the first and the last. Undefined
 * for any other key.
 */
export function nextFocus(key: string, at: number, count: number): number | undefined {
	if (key === 'ArrowDown') return Math.min(at + 1, count - 1);
	if (key === 'ArrowUp') return at - 1;
	if (key === 'Home') return 0;
	if (key === 'End') return count - 1;
	return undefined;
}

/** A click that follows a link here, not in a new tab or window. */
export const isPlainClick = (e: MouseEvent) => e.button === 0 && !e.metaKey && !e.ctrlKey && !e.shiftKey && !e.altKey;
