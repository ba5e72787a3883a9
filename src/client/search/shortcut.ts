/**
 * “/” where it would type nothing, or Ctrl/⌘-K anywhere: the keys that take
 * a reader to search. Every other page answers them with the handler on its
 * <body> (SEARCH_SHORTCUT_HANDLER in src/site/handlers.ts), which focuses the
 * header's box; the search page, which has no header box, with this.
 */
export function isSearchShortcut(e: KeyboardEvent): boolean {
	const target = e.target as HTMLElement;
	const typing = target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName);
	return (e.key === '/' && !typing) || (e.key === 'k' && (e.ctrlKey || e.metaKey));
}
