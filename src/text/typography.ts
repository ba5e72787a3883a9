/** Typewriter marks and what to write instead. */
const MARKS: [RegExp, string][] = [
	[/"/, 'a straight double quote: write “…” (and quote people word for word)'],
	[/'/, 'a straight apostrophe or single quote: write ’ or ‘…’'],
	[/(?<!-)--(?!-)/, 'a double hyphen: write an en dash – (or an em dash —)'],
	[/\.\.\./, 'three full stops: write an ellipsis …'],
];

/** Where a text uses a typewriter mark: its index in the text and what to write instead, one per kind of mark. */
export function typewriterMarks(text: string): { index: number; message: string }[] {
	return MARKS.flatMap(([mark, message]) => {
		const found = mark.exec(text);
		return found ? [{ index: found.index, message }] : [];
	});
}
