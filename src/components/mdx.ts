import AfterNote from './AfterNote.astro';
import AllianceMap from '../figures/alliance-map/AllianceMap.astro';
import Quote from './Quote.astro';
import Timeline from './Timeline.astro';

/** What renders each component sections may use; src/markdown/components.ts says which those are, and how each is written. */
export const mdxComponents = { AfterNote, AllianceMap, Quote, Timeline };
