/** How long the status stays the same before it is read out: a pause in typing. */
const SETTLED_MS = 600;

/**
 * A live region, read out but not shown, that repeats `status` once it has
 * stayed the same a moment. The status itself is shown as it changes, at
 * every keystroke; read out as it changed, a screen reader spoke each one
 * (“The first 11 results for “se””, “…for “sec””: seventeen times for
 * “secretary general”).
 */
export function announcerOf(status: HTMLElement): HTMLElement {
	const announcer = Object.assign(document.createElement('p'), { className: 'sr-only' });
	announcer.setAttribute('role', 'status');
	let settling: ReturnType<typeof setTimeout> | undefined;
	new MutationObserver(() => {
		clearTimeout(settling);
		settling = setTimeout(() => (announcer.textContent = status.textContent), SETTLED_MS);
	}).observe(status, { childList: true, characterData: true, subtree: true });
	return announcer;
}
