/** British English's list, as the briefing writes one: “Poland, Romania and Hungary”, no comma before “and”. */
const AND = new Intl.ListFormat('en-GB', { type: 'conjunction' });

/** Names joined as a sentence lists them: “a”, “a and b”, “a, b and c”. */
export const listed = (names: readonly string[]): string => AND.format(names);
