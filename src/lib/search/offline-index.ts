import type { PageRecord } from './types.ts';

export const OFFLINE_INDEX_FILE = 'search-index.js';
export const OFFLINE_INDEX_GLOBAL = '__briefingSearchIndex';

/**
 * The offline index as a classic script, which file:// allows where fetch is
 * refused. The data is a JSON string handed to JSON.parse: engines parse that
 * faster than the same data as an object literal (mdBook #2633).
 */
export function offlineIndexScript(records: PageRecord[]): string {
	const json = JSON.stringify({ version: 2, pages: records });
	return `window.${OFFLINE_INDEX_GLOBAL}=JSON.parse(${JSON.stringify(json)});\n`;
}
