import AfterNote from './AfterNote.astro';
import AllianceMap from '../figures/alliance-map/AllianceMap.astro';
import Quote from './Quote.astro';
import Table from './Table.astro';
import Timeline from './Timeline.astro';

/**
 * The components sections may use (remark-briefing.ts refuses any other),
 * and the one that renders their Markdown tables.
 */
export const mdxComponents = { AfterNote, AllianceMap, Quote, Timeline, table: Table };
