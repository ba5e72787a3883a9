/**
 * The sections the site menu lists on a page. A briefing of a few sections
 * lists them all, as a reader expects of a contents menu. Past
 * MENU_SECTIONS_MAX the menu would wrap into a wall of links on a wide
 * screen and a long scroll on a phone, and every page would carry the whole
 * list, so pages would grow with the square of the sections: the menu then
 * lists the page's own section with its neighbours, and links to the full
 * contents on the overview.
 */
export const MENU_SECTIONS_MAX = 20;

export interface MenuSections<S> {
	listed: S[];
	/** Whether some sections are left out, so that the menu must point to the full contents. */
	partial: boolean;
}

export function menuSections<S extends { slug: string }>(sections: readonly S[], current: string, max = MENU_SECTIONS_MAX): MenuSections<S> {
	if (sections.length <= max) return { listed: [...sections], partial: false };
	const at = sections.findIndex((s) => s.slug === current);
	return { listed: at < 0 ? [] : sections.slice(Math.max(0, at - 1), at + 2), partial: true };
}
