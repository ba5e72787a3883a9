import { slashKeyOn } from './key-setting.ts';

/**
 * “/” where it would type nothing (unless the reader turned it off), or
 * Ctrl/⌘-K anywhere: the keys that take a reader to search. Every other page
 * answers them with the handler on its <body> (SEARCH_SHORTCUT_HANDLER in
 * src/site/handlers.ts), which focuses the header's box; the search page,
 * which has no header box, with `takeShortcutsTo`.
 */
function isSearchShortcut(e: KeyboardEvent): boolean {
	const target = e.target as HTMLElement;
	const typing = target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName);
	return (e.key === '/' && !typing && slashKeyOn()) || (e.key === 'k' && (e.ctrlKey || e.metaKey));
}

/** On the search page: the keys that take a reader to search lead to its own box. */
export function takeShortcutsTo(input: HTMLInputElement): void {
	document.addEventListener('keydown', (e) => {
		if (!isSearchShortcut(e)) return;
		e.preventDefault();
		input.focus();
		input.select();
	});
}

/** The header's box as the shortcut leaves it: with what had the focus before (SEARCH_SHORTCUT_HANDLER). */
type ShortcutBox = HTMLInputElement & { returnTo?: Element | null };

/**
 * Leaves the box for what had the focus before "/", if anything on the page
 * did, where it was: the box's blur alone left a keyboard reader on the
 * page, at its top.
 */
export function leaveBox(input: ShortcutBox): void {
	const back = input.returnTo;
	forgetReturn(input);
	if (back instanceof HTMLElement && back !== document.body && back.isConnected) back.focus({ preventScroll: true });
	else input.blur();
}

/** Only the Escape that ends the visit to the box that "/" began gives the focus back: not a later one, once the reader has moved on. */
export function forgetReturn(input: ShortcutBox): void {
	delete input.returnTo;
}
