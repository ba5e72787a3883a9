/**
 * Markdown that the parser did not take and left in the text as typed: an
 * asterisk with no partner, a link or note mark it could not read. Each
 * reached the page as written (“[the Reuters story¹](https://…)”), so each is
 * refused, with what to write instead. Run on the text as written, where an
 * escape is kept: `\*` is an asterisk meant.
 */
const LEFT_AS_TYPED: [RegExp, string][] = [
	// A label of one word left as typed is a note never defined, which the notes' check names; two words are never a label.
	[/\[\^[^\]]*\s[^\]]*\]/, 'a note mark “[^…]” left as typed: a note’s label is one word, [^label]'],
	[/\]\(/, '“](” left as typed, not a link: write [words](address), closed with “)”, and any note mark after it (a link’s words cannot hold one)'],
	// A reference link's label, not an editor's bracketed letter after an ellipsis (“[…][t]he”).
	[/\]\[[^\]]{3,}\]/, '“][” left as typed: a reference link with no definition; write [words](address) (brackets meant are \\[…\\])'],
	[/\[\[/, '“[[” left as typed: link with [words](/page.html#anchor)'],
	// Only an opening one, at a word's start, left unclosed: one after a letter (“F*** the EU”) or between spaces (5 * 3)
	// opens nothing and is shown as typed by any Markdown.
	[/(?<![\\\p{L}\p{N}*])\*+(?=[^\s*])/u, 'an asterisk left as typed: emphasis is *words* and bold **words**, each closed within its paragraph (an asterisk meant is \\*)'],
];

/** Where a text holds Markdown left as typed: its index in the text and what to write instead, one per kind. */
export function markdownLeftAsTyped(text: string): { index: number; message: string }[] {
	return LEFT_AS_TYPED.flatMap(([mark, message]) => {
		const found = mark.exec(text);
		return found ? [{ index: found.index, message }] : [];
	});
}

/**
 * Markdown's marks in a field that is plain text (a title, a key point, a definition), where none is read: emphasis,
 * code, a note or a link. Not an asterisk alone or brackets, which a quotation word for word may hold (“F*** the
 * EU”, “[…][t]he door”) and which plain text shows as they are.
 */
const IN_PLAIN_TEXT = /\*[^\s*][^*]*\*|`|\[\^[^\]]*\]|\]\(/;

/** An HTML tag, which plain text shows as typed too (“<b>unknown</b>” had reached the page, an author's trial). */
const TAG = /<\/?[A-Za-z][\w-]*(?:\s[^<>]*)?\/?>/;

/** What a plain-text field would show as typed, and what to write instead; nothing where it holds no Markdown or HTML. */
export function markdownInPlainText(text: string): string | undefined {
	const markdown = IN_PLAIN_TEXT.exec(text)?.[0];
	if (markdown) return `“${markdown}” would show as typed: this field is plain text, where Markdown is not read; write the words alone (emphasis, links and notes belong in a section’s body)`;
	const tag = TAG.exec(text)?.[0];
	return tag ? `“${tag}” would show as typed: this field is plain text, where HTML is not read; write the words alone` : undefined;
}
