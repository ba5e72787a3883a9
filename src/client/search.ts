import { answer, preload } from './search/answer.ts';
import { HEADER_LIMITS, PAGE_LIMITS, type Answer } from './search/joined-answers.ts';
import { getEngine, ROOT } from './search/page-engine.ts';
import type { ResultView } from './search/results.ts';
import { resultItem, sourceGroup } from './search/result-items.ts';
import { isOnThisPage, openOnThisPage } from './search/same-page-highlight.ts';
import { forgetReturn, leaveBox, takeShortcutsTo } from './search/shortcut.ts';
import { isPlainClick, nextFocus } from './search/result-keys.ts';
import { announcerOf } from './search/announcer.ts';
import { inQuotes } from './search/questions.ts';
import { MIN_LENGTH, statusLine } from './search/status.ts';
import { forgetQuery, rememberQuery, returnToPlace, returnToQuery, savedPlace, savePlace, type Place } from './search/page-place.ts';

/**
 * Live search for <briefing-search>, loaded the first time a reader focuses a
 * search box (or opens the search page). Pagefind's own engine answers, over
 * http and from disk alike (see client/search/engine.ts); client/search/answer.ts makes
 * the answer, this element shows it.
 */

/** How long results stay when the next letter found nothing, in case another follows: about two keystrokes. */
const NOTHING_FOUND_GRACE_MS = 300;
/** How long an empty list waits on a search before it says it is searching: a first search over a slow link took 2 s. */
const SEARCHING_AFTER_MS = 400;
/** A pointer that hovers, as the key hint in the header assumes: a reader with a keyboard, told of the arrow keys. */
const KEYBOARD = matchMedia('(hover: hover)');

// The results' styles come with this script, so that no page carries them before a reader searches.
document.head.append(Object.assign(document.createElement('link'), { rel: 'stylesheet', href: new URL('assets/search.css', ROOT).href }));

let uid = 0;

class BriefingSearch extends HTMLElement {
	#input!: HTMLInputElement;
	#panel!: HTMLElement;
	#status!: HTMLElement;
	#list!: HTMLOListElement;
	#sources!: HTMLElement;
	#all!: HTMLElement;
	#busy = false;
	#stale = false;
	#page = false;
	/** On the search page: how many pages' worth of results the reader has asked for, and for which query. */
	#pages = 1;
	#pagesFor = '';
	/** After “Show more results”: how many results and sources were shown, so that the first new one takes the focus. */
	#focusAt: [number, number] | undefined;
	/** Coming back to the search page from a result: where the reader was, and the result they followed, to return to once the results are drawn. */
	#returnTo: Place | undefined;
	/** The reader closed the results (Escape): a search still under way does not open them again; the next search may. */
	#dismissed = false;
	/** Results being replaced: a focused link loses the focus as it goes, which is not the reader leaving them. */
	#redrawing = false;

	connectedCallback() {
		if (this.#input) return;
		this.#page = this.dataset.mode === 'page';
		this.#input = this.querySelector('input')!;
		const id = `search-results-${++uid}`;
		this.#panel = Object.assign(document.createElement('div'), { id, className: 'search-results', hidden: !this.#page });
		this.#status = Object.assign(document.createElement('p'), { className: 'search-results__status' });
		this.#list = document.createElement('ol');
		this.#list.setAttribute('aria-label', 'Search results');
		this.#sources = Object.assign(document.createElement('div'), { className: 'search-results__sources', hidden: true });
		this.#all = Object.assign(document.createElement('p'), { className: 'search-results__all', hidden: true });
		this.#panel.append(this.#status, announcerOf(this.#status, this.#input), this.#list, this.#sources, this.#all);
		this.querySelector('form')!.after(this.#panel);
		this.#input.setAttribute('aria-controls', id);

		this.#input.addEventListener('input', () => this.#run());
		// Enter on the search page searches in place, not as a second history entry; in an empty box it does nothing.
		this.querySelector('form')!.addEventListener('submit', (e) => {
			if (this.#page || !this.#input.value.trim()) e.preventDefault();
			if (this.#page) this.#run();
		});
		// Escape in a search box clears it without an input event: search (for nothing) then too.
		this.#input.addEventListener('search', () => this.#run());
		this.#input.addEventListener('keydown', (e) => this.#keyFromInput(e));
		this.#panel.addEventListener('keydown', (e) => this.#keyFromResults(e));
		this.#panel.addEventListener('click', (e) => this.#follow(e));
		this.addEventListener('focusout', (e) => {
			if (this.#page || this.#redrawing || this.contains(e.relatedTarget as Node | null)) return;
			forgetReturn(this.#input);
			this.#close();
		});
		// And a tap on the box that has the focus, its results closed with Escape: no focus event comes then.
		for (const event of ['focus', 'click']) this.#input.addEventListener(event, () => {
			if (!this.#page && this.#links().length > 0 && this.#input.value.trim()) this.#panel.hidden = false;
		});

		if (this.#page) {
			document.querySelector('[data-without-script]')?.remove();
			takeShortcutsTo(this.#input);
			const q = new URLSearchParams(location.search).get('q') ?? '';
			if (q) this.#input.value = q;
			// Back from a result: the results as the reader left them, and their place in them (client/search/page-place.ts).
			const place = q ? savedPlace() : undefined;
			if (place) [this.#pages, this.#pagesFor, this.#returnTo] = [place.pages, q, place];
			history.scrollRestoration = 'manual';
			// Not on a touch screen when there are results to read: its keyboard rose over them (two readers' trials).
			if (!q || KEYBOARD.matches) this.#input.focus({ preventScroll: place !== undefined });
		}
		// Back from a result the header's search opened: its query again (client/search/page-place.ts).
		if (!this.#page) returnToQuery(this.#input);
		// The reader may have typed before this script arrived.
		if (this.#input.value.trim()) this.#run();
		// Start loading the engine while the reader types the first letters; a failure is reported by the search itself.
		getEngine().catch(() => {});
	}

	/**
	 * One search at a time: keystrokes that arrive meanwhile are folded into
	 * one more search for the latest text, so a fast typist never queues a
	 * search per letter and the last letter's results come soonest.
	 */
	async #run() {
		this.#dismissed = false;
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
		const typed = this.#input.value.trim();
		if (this.#page) rememberQuery(typed);
		else if (!typed) forgetQuery();
		if (typed.length < MIN_LENGTH) {
			// The first letter is enough for Pagefind to fetch the index chunks the next keystroke will search.
			if (typed) preload(typed);
			this.#render(typed, undefined);
			if (!this.#page) this.#close();
			return;
		}
		let found: Answer;
		try {
			if (typed !== this.#pagesFor) [this.#pages, this.#pagesFor] = [1, typed];
			const limits = this.#page ? { results: PAGE_LIMITS.results * this.#pages, sources: PAGE_LIMITS.sources * this.#pages } : HEADER_LIMITS;
			// Only an empty list is drawn into ahead of the rest (see #preview).
			const preview = this.#list.childElementCount === 0 ? (first: ResultView[]) => this.#preview(typed, first) : undefined;
			// Until then, nothing under the box had said that anything was happening (a reader's trial).
			const waiting = preview && setTimeout(() => this.#preview(typed, []), SEARCHING_AFTER_MS);
			found = await answer(typed, limits, preview).finally(() => clearTimeout(waiting));
		} catch (error) {
			console.error(error);
			this.#status.textContent = 'Search is not available here. Try the whole briefing page and your browser’s find.';
			return;
		}
		// Nothing found while the reader is typing is often a word caught halfway (“Stoltenbu”, on the way to a
		// misspelling the search will correct): the list stays a moment, and goes only if no keystroke follows.
		if (found.results.length + found.sources.length === 0 && document.activeElement === this.#input && this.#list.childElementCount > 0) {
			await new Promise((resolve) => setTimeout(resolve, NOTHING_FOUND_GRACE_MS));
		}
		// A newer query is on its way: don't flash results for this one.
		if (this.#stale) return;
		this.#render(typed, found);
		if (!this.#dismissed) this.#panel.hidden = false;
	}

	/**
	 * The first results of a search, drawn while the rest load, but only
	 * into an empty list: results already shown stay until the next full
	 * answer replaces them, so the list never shrinks under the reader. They
	 * are drawn even if the reader has typed on since the search began, as
	 * long as the box still begins with what was searched: the first answer
	 * to a reader still typing is the start of the word, shown at once and
	 * marked as still searching, not nothing until the typing stops; with no results yet, it says only that.
	 */
	#preview(typed: string, first: ResultView[]): boolean {
		if (this.#list.childElementCount > 0 || !this.#input.value.trim().startsWith(typed)) return false;
		// The reader has left the search box: a late preview must not open it again.
		if (!this.#page && (this.#dismissed || !this.contains(document.activeElement))) return false;
		this.#list.replaceChildren(...first.map((r) => resultItem(r, typed)));
		this.#status.textContent = 'Searching…';
		this.#panel.hidden = false;
		return true;
	}

	#render(typed: string, found: Answer | undefined) {
		// A reader may already be arrowing through results when newer ones arrive: keep their place. The browser
		// takes the focus from a link as it is replaced; #redrawing keeps that from closing the panel, in which no
		// link could take the focus back.
		const focused = this.#panel.contains(document.activeElement) ? (document.activeElement as HTMLAnchorElement).href : undefined;
		this.#redrawing = true;
		try {
			const searched = found?.fewer?.searched ?? found?.query;
			this.#list.replaceChildren(...(found?.results ?? []).map((r) => resultItem(r, searched)));
			const sources = found?.sources ?? [];
			this.#sources.hidden = sources.length === 0;
			this.#sources.replaceChildren(...(sources.length > 0 ? sourceGroup(sources) : []));
			this.#status.replaceChildren(...statusLine(typed, found, ROOT, KEYBOARD.matches));
			this.#renderAll(typed, found?.more === true);
		} finally {
			this.#redrawing = false;
		}
		if (focused !== undefined) (this.#links().find((a) => a.href === focused) ?? this.#input).focus();
		if (found && this.#returnTo !== undefined) returnToPlace(this.#returnTo, this.#links());
		if (found) this.#returnTo = undefined;
		if (this.#focusAt !== undefined) {
			// The first new result, or where only sources were added, the first new source; else the button again.
			const [results, sources] = this.#focusAt;
			const next = this.#list.querySelectorAll<HTMLAnchorElement>(':scope > li > a')[results] ?? this.#sources.querySelectorAll<HTMLAnchorElement>('li > a')[sources];
			(next ?? this.#all.querySelector('button') ?? this.#input).focus();
			this.#focusAt = undefined;
		}
	}

	/**
	 * When there are more results than shown: under the header, a link to
	 * them all on the search page; on the search page, a button for the next
	 * page's worth, which takes the reader to the first of them.
	 */
	#renderAll(typed: string, more: boolean) {
		this.#all.hidden = !more;
		if (!more) return this.#all.replaceChildren();
		if (this.#page) {
			const button = Object.assign(document.createElement('button'), { type: 'button', textContent: 'Show more results', className: 'search-results__more' });
			button.addEventListener('click', () => {
				this.#focusAt = [this.#list.childElementCount, this.#sources.querySelectorAll('li').length];
				this.#pages++;
				this.#run();
			});
			return this.#all.replaceChildren(button);
		}
		const url = new URL('search.html', ROOT);
		url.searchParams.set('q', typed);
		this.#all.replaceChildren(Object.assign(document.createElement('a'), { href: url.href, textContent: `All results for ${inQuotes(typed)}` }));
	}

	#links = (): HTMLAnchorElement[] => [...this.#panel.querySelectorAll('a')];

	#keyFromInput(e: KeyboardEvent) {
		if (e.key === 'ArrowDown' && this.#links().length > 0) {
			e.preventDefault();
			this.#panel.hidden = false;
			this.#links()[0].focus();
		} else if (e.key === 'Escape' && !this.#page && !this.#panel.hidden) {
			// The first closes the results; the next, the box's own, clears it. Focus stays: taken to the page, it
			// left a keyboard reader nowhere.
			e.preventDefault();
			this.#close(true);
		} else if (e.key === 'Escape' && !this.#page && !this.#input.value) {
			// With nothing left to close or clear, Escape leaves the box (and, on a wide screen, the header that
			// stayed on screen for it goes back to its place: layout.css), for what had the focus before "/".
			e.preventDefault();
			leaveBox(this.#input);
		} else if (e.key === '/' && this.#input.selectionStart === 0 && !(e.ctrlKey || e.metaKey || e.altKey || e.isComposing)) {
			// No query starts with a slash: "/" pressed again, the box emptied with Escape or its query chosen by the last
			// "/", had searched for “/Article 5” (a reader's trial). A slash within a query (“12/3”) is typed as ever.
			e.preventDefault();
		}
	}

	#keyFromResults(e: KeyboardEvent) {
		const links = this.#links();
		const at = links.indexOf(document.activeElement as HTMLAnchorElement);
		if (at < 0) return;
		const next = nextFocus(e.key, at, links.length);
		if (next !== undefined) {
			e.preventDefault();
			(links[next] ?? this.#input).focus();
		} else if (e.key === 'Escape') {
			e.preventDefault();
			this.#input.focus();
			if (!this.#page) this.#close(true);
		}
	}

	/** A result followed: on the page the reader is on, the panel closes and the page goes to it (client/search/same-page-highlight.ts). */
	#follow(e: MouseEvent) {
		const link = (e.target as Element).closest('a');
		if (!link || !isPlainClick(e)) return;
		if (!isOnThisPage(link)) {
			// Leaving for a result: the place in the search page's results, or the header's query, kept for Back (client/search/page-place.ts).
			savePlace({ scrollY, pages: this.#pages, query: this.#input.value.trim(), link: link.href });
			return;
		}
		e.preventDefault();
		if (!this.#page) this.#close();
		openOnThisPage(link);
	}

	#close(dismissed = false) {
		this.#panel.hidden = true;
		this.#dismissed ||= dismissed;
	}
}

customElements.define('briefing-search', BriefingSearch);
