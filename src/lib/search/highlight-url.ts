/**
 * Adds a text fragment (`#anchor:~:text=…`) for the words an excerpt marks,
 * so the browser itself highlights them on the page a result opens and
 * scrolls to the first. No script runs on the target page. Where the words
 * cannot be found, the browser falls back to the plain #anchor.
 */
export function highlightUrl(url: string, excerptHtml: string, max = 3): string {
	const words = markedWords(excerptHtml).slice(0, max);
	if (words.length === 0) return url;
	const directive = words.map((w) => `text=${encodeTextDirective(w)}`).join('&');
	const hash = url.includes('#') ? '' : '#';
	return `${url}${hash}:~:${directive}`;
}

/** The distinct texts inside <mark> in an excerpt, in order, unescaped. */
export function markedWords(excerptHtml: string): string[] {
	const seen = new Set<string>();
	const words: string[] = [];
	for (const [, inner] of excerptHtml.matchAll(/<mark>(.*?)<\/mark>/g)) {
		const text = unescapeHtml(inner.replace(/<[^>]*>/g, '')).trim();
		const key = text.toLowerCase();
		if (text && !seen.has(key)) {
			seen.add(key);
			words.push(text);
		}
	}
	return words;
}

/** Text-directive encoding: percent-encode, including the `-`, `,` and `&` the syntax reserves. */
function encodeTextDirective(text: string): string {
	return encodeURIComponent(text).replace(/-/g, '%2D').replace(/,/g, '%2C');
}

function unescapeHtml(text: string): string {
	return text
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>')
		.replace(/&quot;/g, '"')
		.replace(/&#0?39;|&#x27;/g, "'")
		.replace(/&amp;/g, '&');
}
