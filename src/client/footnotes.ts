/**
 * Escape hides a footnote preview that hover or focus opened (WCAG 1.4.13:
 * dismissible without moving the pointer or focus). Showing is pure CSS; this
 * script loads the first time a reader hovers or focuses a reference.
 */
const DISMISSED = 'is-dismissed';

function open(): HTMLElement[] {
	return [...document.querySelectorAll<HTMLElement>('.fn')].filter((fn) => fn.matches(':hover') || fn.matches(':focus-within'));
}

document.addEventListener('keydown', (event) => {
	if (event.key !== 'Escape') return;
	const shown = open().filter((fn) => !fn.classList.contains(DISMISSED));
	if (shown.length === 0) return;
	for (const fn of shown) fn.classList.add(DISMISSED);
	event.preventDefault();
});

// A preview dismissed stays hidden until the pointer or focus leaves it, then works again.
const reset = (event: Event) => {
	const fn = (event.target as Element | null)?.closest?.('.fn');
	if (fn && !fn.matches(':hover') && !fn.matches(':focus-within')) fn.classList.remove(DISMISSED);
};
document.addEventListener('mouseout', (event) => queueMicrotask(() => reset(event)));
document.addEventListener('focusout', (event) => queueMicrotask(() => reset(event)));
