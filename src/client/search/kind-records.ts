import { getEngine, resolve, searchOnce } from './page-engine.ts';
import { toResultView, type ResultView } from './results.ts';

const fetched = new Map<string, Promise<ResultView[]>>();

/**
 * Every record of a kind (src/search/search-kinds.ts), whatever its words, in the
 * order Pagefind indexed them: the allies' positions, asked who is for or
 * against (client/search/positions.ts); the dated notes, asked what came of the
 * meeting (client/search/answer.ts). Fetched once a page: a question is asked
 * again at every keystroke.
 */
export function recordsOfKind(kind: string): Promise<ResultView[]> {
	let records = fetched.get(kind);
	if (!records) {
		records = getEngine()
			.then((pagefind) => searchOnce(pagefind, null, { kind }))
			.then((found) => Promise.all((found?.results ?? []).map(async (r) => toResultView(await r.data(), resolve))));
		fetched.set(kind, records);
	}
	return records;
}
