/**
 * The book's stylesheet: layout only. It sets no colours and no fonts, so a
 * reading system's night mode, sepia theme and the reader's font choices
 * apply; borders take the text's colour. The map paints its own ground.
 */
export const STYLESHEET = `h1, h2, h3 { line-height: 1.25; page-break-after: avoid; break-after: avoid; }
h1 { font-size: 1.6em; margin: 0 0 0.6em; }
.kicker, .page-meta, .page-meta span { font-size: 0.9em; }
.page-meta span + span::before { content: " · "; }
.lead { font-size: 1.1em; }
.key-points { border-block: 1px solid; padding-block: 0.25em; margin-block: 1.5em; }
blockquote { margin: 1em 1.5em; }
/* A code block's long line wraps, as on the site: a reading system would cut it off at the page's edge. */
pre { white-space: pre-wrap; overflow-wrap: anywhere; }
figure { margin: 1.5em 0; }
figcaption { font-size: 0.9em; }
svg { max-width: 100%; height: auto; }
figure > svg, .alliance-map__zoom-box > svg { display: block; width: 100%; }
.alliance-map__legend { list-style: none; padding: 0; }
/* The overview's list of sections: each link carries its section's number. */
.contents__list { list-style: none; padding: 0; }
.swatch { vertical-align: middle; margin-right: 0.4em; }
/* The overview's excerpt of the timeline: its date, event and what happened each on a line (run together, the three had
   read as one sentence). */
.timeline-excerpt li { margin: 0.6em 0; }
.timeline-excerpt__when, .timeline-excerpt__description { display: block; }
/* A register entry's kind, before its publisher, set apart: “Official About Hungary” had read as one name. */
.source-register .source-type::after { content: ":"; }
/* The about chapter's references: each style's name over its reference, set apart from the one before. */
.cite-this__styles dt { font-weight: bold; margin-top: 0.6em; }
.cite-this__styles dd { margin: 0.2em 0 0 1.5em; }
/*
 * A phone's column holds the widest table (the troop estimates' had its sources' column cut off): smaller type, and a
 * link in a cell may break anywhere, but for a note's number. Words elsewhere stay whole: broken anywhere, dates read
 * “28 Oct ober”. Rows keep their height: the smaller links of one-line rows were closer than a 24 px target allows.
 */
table { border-collapse: collapse; margin: 1em 0; font-size: 0.85em; }
th, td { border-bottom: 1px solid; padding: 0.4em 0.3em; text-align: left; vertical-align: top; }
td a { overflow-wrap: anywhere; }
.align-center { text-align: center; }
.align-right { text-align: right; }
td sup, td sup a { overflow-wrap: normal; white-space: nowrap; }
/* The narrowest phones' columns (320 px) hold it too, in smaller type still, its cells closer. */
@media (max-width: 22rem) { table { font-size: 0.75em; } th, td { padding: 0.4em 0.15em; } }
sup { line-height: 0; }
/* A chapter's notes, and its corrections after them, as on paper. */
.footnotes, .update-notices--after { border-top: 1px solid; margin-top: 2em; font-size: 0.9em; }
.update-notices--after h2 { font-size: 1.1em; }
.footnotes aside { margin: 0.6em 0; }
.footnotes aside p { margin: 0; }
nav li { margin: 0.5em 0; }
.sr-only { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
`;
