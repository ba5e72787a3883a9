/**
 * The colours of src/styles/tokens.css that are drawn outside a stylesheet:
 * the browser's theme colour (components/HeadMeta.astro), the social card
 * and the book's cover (publication/title-card.ts), and the map's borders
 * (figures/alliance-map/palette.ts). A unit test holds
 * them to the stylesheet's values.
 */
export const PAGE_COLOURS = {
	light: { bg: '#fdfcf8', text: '#1c1b19', muted: '#57534b', accent: '#8a5a00', rule: '#d6d1c4' },
	dark: { bg: '#15171a' },
} as const;
