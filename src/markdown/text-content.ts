/**
 * How our visitors ask Sätteri for a node's text (`ctx.textContent(node,
 * TO_STRING)`): as mdast-util-to-string reads it, images' alternative text
 * and HTML included, the counts and comparisons made before the plugins
 * were Sätteri's visitors. Sätteri reads it from its own tree, rather than
 * the node and everything under it being handed over to be read here.
 */
export const TO_STRING = { includeImageAlt: true, includeHtml: true };
