/** How long the status and the box stay the same before the status is read out: a pause in typing. */
const SETTLED_MS = 600;
/** How long the words read out stay: long enough to be spoken, then gone, so that a reader going on down the results hears the status once. */
const SPOKEN_MS = 8000;

/**
 * A live region, read out but not shown, that repeats `status` once it, and
 * what is typed in `input`, have stayed the same a moment. The status itself
 * is shown as it changes, at every keystroke; read out as it changed, a
 * screen reader spoke each one (“The first 11 results for “se””, “…for
 * “sec””: seventeen times for “secretary general”). Typing restarts the wait
 * too: where the search is slower than the typing, the status can stay the
 * same (“Searching…”) over several keys, and was read out mid-word. Once
 * read out it empties: a screen reader reading on through the results had
 * heard the status twice, the shown line and this one. Until then the shown
 * line is hidden from it, which had still read both in browse mode.
 */
export function announcerOf(status: HTMLElement, input: HTMLInputElement): HTMLElement {
	const announcer = Object.assign(document.createElement('p'), { className: 'sr-only' });
	announcer.setAttribute('role', 'status');
	let settling: ReturnType<typeof setTimeout> | undefined;
	let spoken: ReturnType<typeof setTimeout> | undefined;
	// While the copy is there, the shown line is hidden from assistive technology: browse mode had read both.
	const unsaid = () => {
		announcer.textContent = '';
		status.removeAttribute('aria-hidden');
	};
	const wait = () => {
		clearTimeout(settling);
		if (announcer.textContent === status.textContent) return;
		// What was read out is no longer the status: the line shown is again the one there is.
		clearTimeout(spoken);
		unsaid();
		settling = setTimeout(() => {
			announcer.textContent = status.textContent;
			status.setAttribute('aria-hidden', 'true');
			spoken = setTimeout(unsaid, SPOKEN_MS);
		}, SETTLED_MS);
	};
	new MutationObserver(wait).observe(status, { childList: true, characterData: true, subtree: true });
	input.addEventListener('input', wait);
	return announcer;
}
