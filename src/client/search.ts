import { OFFLINE_INDEX_FILE, OFFLINE_INDEX_GLOBAL } from '../lib/search/offline-index.ts';
import type { OfflineEngine, OfflineIndexData } from '../lib/search/offline-engine.ts';
import { PagefindEngine } from '../lib/search/pagefind-engine.ts';
import type { SearchEngine, SearchResult } from '../lib/search/types.ts';

/**
 * Live search for <briefing-search>, loaded the first time a reader focuses a
 * search box (or opens the search page). One UI, two engines: Pagefind when
 * the site is served over http(s), the offline index when it is opened from
 * disk, or when Pagefind fails to load.
 */

// This file is /assets/search.js: the site's root is one level up, wherever the site is.
const ROOT = new URL('../', (document.currentScript as HTMLScriptElement).src);

function loadClassicScript(url: URL): Promise<void> {
	return new Promise((resolve, reject) => {
		const script = Object.assign(document.createElement('script'), { src: url.href });
		script.onload = () => resolve();
		script.onerror = () => reject(new Error(`could not load ${url.href}`));
		document.head.append(script);
	});
}

/** The offline engine and its index, both classic scripts, which file:// allows. */
async function offlineEngine(): Promise<SearchEngine> {
	await loadClassicScript(new URL('assets/offline-search.js', ROOT));
	const Engine = (window as unknown as { BriefingOfflineEngine: typeof OfflineEngine }).BriefingOfflineEngine;
	return new Engine(ROOT, async () => {
		await loadClassicScript(new URL(OFFLINE_INDEX_FILE, ROOT));
		return (window as unknown as Record<string, OfflineIndexData>)[OFFLINE_INDEX_GLOBAL];
	});
}

let engine: Promise<SearchEngine> | undefined;
function getEngine(): Promise<SearchEngine> {
	engine ??= (async () => {
		if (location.protocol === 'file:') return offlineEngine();
		const pagefind = new PagefindEngine(ROOT);
		try {
			await pagefind.load();
			return pagefind;
		} catch (error) {
			console.warn('Pagefind did not load; using the offline index.', error);
			return offlineEngine();
		}
	})();
	return engine;
}

const MIN_LENGTH = 2;
let uid = 0;

class BriefingSearch extends HTMLElement {
	#input!: HTMLInputElement;
	#panel!: HTMLElement;
	#status!: HTMLElement;
	#list!: HTMLOListElement;
	#busy = false;
	#stale = false;
	#page = false;

	connectedCallback() {
		if (this.#input) return;
		this.#page = this.dataset.mode === 'page';
		this.#input = this.querySelector('input')!;
		const id = `search-results-${++uid}`;
		this.#panel = Object.assign(document.createElement('div'), { id, className: 'search-results', hidden: !this.#page });
		this.#status = Object.assign(document.createElement('p'), { className: 'search-results__status' });
		this.#status.setAttribute('role', 'status');
		this.#list = document.createElement('ol');
		this.#list.setAttribute('aria-label', 'Search results');
		this.#panel.append(this.#status, this.#list);
		this.querySelector('form')!.after(this.#panel);
		this.#input.setAttribute('aria-controls', id);

		this.#input.addEventListener('input', () => this.#run());
		this.#input.addEventListener('keydown', (e) => this.#keyFromInput(e));
		this.#panel.addEventListener('keydown', (e) => this.#keyFromResults(e));
		this.addEventListener('focusout', (e) => {
			if (!this.#page && !this.contains(e.relatedTarget as Node | null)) this.#close();
		});
		this.#input.addEventListener('focus', () => {
			if (!this.#page && this.#list.childElementCount > 0) this.#panel.hidden = false;
		});

		if (this.#page) {
			const q = new URLSearchParams(location.search).get('q') ?? '';
			if (q) this.#input.value = q;
			this.#input.focus();
		}
		// The reader may have typed before this script arrived.
		if (this.#input.value.trim()) this.#run();
		// Start loading the engine while the reader types the first letters; a failure is reported by the search itself.
		getEngine().then((e) => (this.dataset.engine = e.name), () => {});
	}

	/**
	 * One search at a time: keystrokes that arrive meanwhile are folded into
	 * one more search for the latest text, so a fast typist never queues a
	 * search per letter and the last letter's results come soonest.
	 */
	async #run() {
		if (this.#busy) {
			this.#stale = true;
			return;
		}
		this.#busy = true;
		try {
			do {
				this.#stale = false;
				await this.#searchNow();
			} while (this.#stale);
		} finally {
			this.#busy = false;
		}
	}

	async #searchNow() {
		const query = this.#input.value.trim();
		if (this.#page) this.#rememberQuery(query);
		if (query.length < MIN_LENGTH) {
			this.#render(query, []);
			if (!this.#page) this.#close();
			return;
		}
		let results: SearchResult[];
		try {
			results = await (await getEngine()).search(query);
		} catch (error) {
			console.error(error);
			this.#status.textContent = 'Search is not available here. Try the whole briefing page and your browser’s find.';
			return;
		}
		this.#render(query, results);
		this.#panel.hidden = false;
	}

	#render(query: string, results: SearchResult[]) {
		// A reader may already be arrowing through results when newer ones arrive: keep their place.
		const focused = this.#list.contains(document.activeElement) ? (document.activeElement as HTMLAnchorElement).href : undefined;
		this.#list.replaceChildren(...results.map((r) => this.#result(r)));
		if (focused !== undefined) (this.#links().find((a) => a.href === focused) ?? this.#input).focus();
		if (query.length < MIN_LENGTH) this.#status.textContent = '';
		else if (results.length === 0) this.#status.textContent = `No results for “${query}”.`;
		else this.#status.textContent = `${results.length === 1 ? '1 result' : `${results.length} results`} for “${query}”. Use the arrow keys to move through them.`;
	}

	#result(r: SearchResult): HTMLLIElement {
		const li = Object.assign(document.createElement('li'), { className: 'search-result' });
		const link = Object.assign(document.createElement('a'), { href: r.url, textContent: r.title, className: 'search-result__link' });
		const section = Object.assign(document.createElement('span'), { className: 'search-result__section', textContent: r.section });
		const excerpt = Object.assign(document.createElement('p'), { className: 'search-result__excerpt' });
		excerpt.innerHTML = r.excerpt; // escaped by the engine, with <mark> around matches
		li.append(link, section, excerpt);
		if (r.subResults.length > 1) {
			const subs = Object.assign(document.createElement('ul'), { className: 'search-result__subs' });
			for (const s of r.subResults) {
				const item = document.createElement('li');
				item.append(Object.assign(document.createElement('a'), { href: s.url, textContent: s.title }));
				subs.append(item);
			}
			li.append(subs);
		}
		return li;
	}

	#links(): HTMLAnchorElement[] {
		return [...this.#list.querySelectorAll('a')];
	}

	#keyFromInput(e: KeyboardEvent) {
		if (e.key === 'ArrowDown' && this.#links().length > 0) {
			e.preventDefault();
			this.#panel.hidden = false;
			this.#links()[0].focus();
		} else if (e.key === 'Escape' && !this.#page) {
			if (!this.#panel.hidden) {
				e.preventDefault();
				this.#close();
			} else this.#input.blur();
		}
	}

	#keyFromResults(e: KeyboardEvent) {
		const links = this.#links();
		const at = links.indexOf(document.activeElement as HTMLAnchorElement);
		if (at < 0) return;
		if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
			e.preventDefault();
			const next = at + (e.key === 'ArrowDown' ? 1 : -1);
			if (next < 0) this.#input.focus();
			else links[Math.min(next, links.length - 1)].focus();
		} else if (e.key === 'Home' || e.key === 'End') {
			e.preventDefault();
			links[e.key === 'Home' ? 0 : links.length - 1].focus();
		} else if (e.key === 'Escape') {
			e.preventDefault();
			this.#input.focus();
			if (!this.#page) this.#close();
		}
	}

	#close() {
		this.#panel.hidden = true;
	}

	#rememberQuery(query: string) {
		try {
			const url = new URL(location.href);
			if (query) url.searchParams.set('q', query);
			else url.searchParams.delete('q');
			history.replaceState(null, '', url);
		} catch {
			// Some browsers refuse history changes on file:// pages; the query just isn't kept.
		}
	}
}

customElements.define('briefing-search', BriefingSearch);
