/** Case and accents aside: “Orbán” is “orban”. */
export const fold = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/** An acronym (MAP, NAC) is only itself in capitals: “map” is another word. */
export const isAcronym = (text: string) => text.length > 1 && text === text.toUpperCase() && text !== text.toLowerCase();

/** Words in a text, counting hyphenated and apostrophised forms as one. */
export function countWords(text: string): number {
	return text.match(/[\p{L}\p{N}]+(?:(?:['’\-–.]|(?<=\d),(?=\d))[\p{L}\p{N}]+)*/gu)?.length ?? 0;
}

/** Minutes to read at 230 words a minute, the usual figure for adult prose; at least 1. */
export function readingMinutes(words: number): number {
	return Math.max(1, Math.round(words / 230));
}
