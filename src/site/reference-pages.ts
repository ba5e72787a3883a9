/** The reference pages and the whole briefing, by page name, as the menu lists them and the log names them. */
export const REFERENCE_LINKS = [
	['timeline', 'Timeline'],
	['map', 'Map'],
	['people', 'Who’s who'],
	['glossary', 'Glossary'],
	['sources', 'Sources'],
	['all', 'Whole briefing'],
] as const;
