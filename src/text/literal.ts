/** `text` as a regular expression that matches it literally (RegExp.escape, which readers' browsers may lack). */
export const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
