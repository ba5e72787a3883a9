import { HOVER_PREVIEWS } from '../site/handlers.ts';

/**
 * Footnote previews. A reference's own focus or hover handler loads this
 * script the first time a reader reaches for a note; it then copies every
 * note beside its reference, which CSS shows on hover and on keyboard focus
 * on wide screens, and lets Escape hide it without moving the pointer or
 * focus (WCAG 1.4.13). Its links are for the pointer; the keyboard reaches
 * them in the note. Elsewhere, a tap on a reference shows its note at the
 * foot of the screen (see FOOTNOTE_TAP). Until then, and without JavaScript,
 * a reference is a plain link to its note.
 */
const DISMISSED = 'is-dismissed';
const OPEN = 'is-open';
const onHover = matchMedia(HOVER_PREVIEWS);

let count = 0;
for (const ref of document.querySelectorAll<HTMLAnchorElement>('a[data-footnote-ref]')) {
	// The number links to its place's marker at the start of the note (rehype-footnotes.ts).
	const note = document.getElementById(decodeURIComponent(ref.hash.slice(1)))?.closest('li');
	const holder = ref.parentElement;
	if (!note || !holder) continue;
	const preview = document.createElement('span');
	preview.className = 'fn-preview';
	preview.setAttribute('role', 'note');
	// The note's words, which describe the reference: not the sheet's bar (“Note 1 Go to the note Close”).
	const text = document.createElement('span');
	// Paragraphs become spans: the preview sits inside the text's own paragraph.
	for (const paragraph of note.children) {
		const line = document.createElement('span');
		line.append(...[...paragraph.childNodes].map((node) => node.cloneNode(true)));
		text.append(line, ' ');
	}
	for (const back of text.querySelectorAll('[data-footnote-backref]')) back.remove();
	// The note describes its number as it reads: a source's kind (“News”) by its word, not by the label that names its
	// register entry in full for a list of links, which had read every source of the note twice.
	for (const labelled of text.querySelectorAll('[aria-label]')) labelled.removeAttribute('aria-label');
	for (const withId of text.querySelectorAll('[id]')) withId.removeAttribute('id');
	text.className = 'fn-preview__text';
	text.id = `fn-preview-${++count}`;
	preview.append(text);
	// Out of the keyboard's way: Tab goes from number to number, not through every source link of every note
	// (144 of the 267 stops in one section). The note itself, one Enter away, holds the same links.
	for (const link of preview.querySelectorAll('a')) link.tabIndex = -1;
	holder.classList.add('fn');
	holder.append(preview);
	ref.setAttribute('aria-describedby', text.id);
}

/*
 * The number whose focus loaded this script was announced before it had its
 * description, as “Note 1, link” alone (a keyboard reader's trial): its note
 * is said once, politely, as every later number's description is.
 */
const focused = document.activeElement;
// Reached by the keyboard alone: a tap opens the number's sheet, which takes the focus and is read itself; a number
// come back to from its note by ↩, or opened by its address, is the target, and its note was just read or not asked for.
if (focused instanceof HTMLAnchorElement && focused.matches('a[data-footnote-ref][aria-describedby]:focus-visible:not(:target)')) {
	const said = Object.assign(document.createElement('span'), { className: 'sr-only' });
	said.setAttribute('role', 'status');
	document.body.append(said);
	// Filled once it is in the tree, whose first content is what is read; not once the reader has gone on.
	setTimeout(() => {
		if (document.activeElement === focused) said.textContent = document.getElementById(focused.getAttribute('aria-describedby')!)!.textContent;
	}, 50);
	// Gone once said, so that reading on to the page's end does not meet it.
	setTimeout(() => said.remove(), 10_000);
}

function open(): HTMLElement[] {
	return [...document.querySelectorAll<HTMLElement>('.fn')].filter((fn) => fn.matches(':hover') || fn.matches(':focus-within'));
}

document.addEventListener('keydown', (event) => {
	if (event.key !== 'Escape') return;
	const shown = open().filter((fn) => !fn.classList.contains(DISMISSED));
	if (shown.length === 0) return;
	for (const fn of shown) fn.classList.add(DISMISSED);
	event.preventDefault();
});

// A preview dismissed stays hidden until the pointer or focus leaves it, then works again.
const reset = (event: Event) => {
	const fn = (event.target as Element | null)?.closest?.('.fn');
	if (fn && !fn.matches(':hover') && !fn.matches(':focus-within')) fn.classList.remove(DISMISSED);
};
document.addEventListener('mouseout', (event) => queueMicrotask(() => reset(event)));
document.addEventListener('focusout', (event) => queueMicrotask(() => reset(event)));

/*
 * Back from a note by its ↩ (or sent to a number's own address), the reader
 * finds the number focused by the browser, and its preview would cover the
 * text they came back to: it stays closed, as if dismissed, until the
 * pointer or focus leaves the number.
 */
const dismissAt = (id: string) => document.getElementById(id)?.closest('.fn')?.classList.add(DISMISSED);
/*
 * And the page scrolls back under a pointer that stays where the ↩ was: it
 * may then rest on another number, whose preview would open over the text
 * too. No preview opens on hover until the pointer moves.
 */
const RESTING = 'fn-pointer-resting';
const moved = (event: PointerEvent) => {
	if (event.movementX === 0 && event.movementY === 0) return;
	document.documentElement.classList.remove(RESTING);
	document.removeEventListener('pointermove', moved);
};
document.addEventListener('click', (event) => {
	const back = (event.target as Element | null)?.closest?.<HTMLAnchorElement>('a[data-footnote-backref]');
	if (!back) return;
	dismissAt(decodeURIComponent(back.hash.slice(1)));
	document.documentElement.classList.add(RESTING);
	document.addEventListener('pointermove', moved);
});
if (document.activeElement?.matches('a[data-footnote-ref]:target')) dismissAt(document.activeElement.id);

/*
 * A note cited in several places has a ↩ back to each; the one back to where
 * the reader came from is marked by colour alone (prose.css), which a screen
 * reader does not say: it read “place 1 of 8” to “place 8 of 8” alike (an
 * accessibility audit). Once this script is in, that one is “current”. Found
 * as CSS finds it, by the place's marker that is the target: the address's
 * fragment, decoded, could be malformed (“#100%”) and stop the script.
 */
function markWayBack(): void {
	for (const back of document.querySelectorAll('[data-footnote-backref][aria-current]')) back.removeAttribute('aria-current');
	// A place's marker, `fnp-x-2`, and its number, `fnref-x-2` (rehype-footnotes.ts); on the whole briefing's page,
	// each after its section's prefix.
	const place = document.querySelector('.footnotes li > p > i:target');
	const number = place?.id.replace(/(^|--)fnp-/, '$1fnref-');
	if (!place || !number || number === place.id) return;
	place.closest('li')?.querySelector(`[data-footnote-backref][href="#${CSS.escape(number)}"]`)?.setAttribute('aria-current', 'true');
}
addEventListener('hashchange', markWayBack);
markWayBack();

/*
 * Tapped, the note opens as a sheet at the foot of the screen, the text
 * staying where it was; the sheet leads on to the note itself, and closes
 * by its button, by Escape, by a tap anywhere else, as focus leaves it, or
 * as the reader goes Back. Focus goes into the sheet, so that a screen
 * reader reads the note its double tap opened (the link had seemed dead),
 * and back to the number when the button or Escape closes it.
 */
function closeSheet(focusBack = false): void {
	const fn = document.querySelector(`.fn.${OPEN}`);
	fn?.classList.remove(OPEN);
	if (focusBack) fn?.querySelector<HTMLElement>('a[data-footnote-ref]')?.focus({ preventScroll: true });
}
function openSheet(ref: HTMLAnchorElement): void {
	closeSheet();
	const preview = ref.parentElement?.querySelector<HTMLElement>('.fn-preview');
	if (!preview) return;
	if (!preview.querySelector('.fn-preview__bar')) {
		const bar = document.createElement('span');
		bar.className = 'fn-preview__bar';
		const label = Object.assign(document.createElement('strong'), { textContent: `Note ${ref.textContent}`, id: `${preview.querySelector('.fn-preview__text')!.id}-name` });
		const go = Object.assign(document.createElement('a'), { href: ref.href, textContent: 'Go to the note' });
		const close = Object.assign(document.createElement('button'), { type: 'button', textContent: 'Close' });
		close.addEventListener('click', () => closeSheet(true));
		bar.append(label, go, close);
		preview.prepend(bar);
		preview.tabIndex = -1;
		// Focused, the sheet is announced by its name: a note with none had been read as a bare “note”.
		preview.setAttribute('aria-labelledby', label.id);
	}
	ref.parentElement!.classList.add(OPEN);
	preview.focus({ preventScroll: true });
	// A number the sheet would cover moves up above it, so that the reader sees what the note is for.
	const covered = ref.getBoundingClientRect().bottom - preview.getBoundingClientRect().top;
	if (covered > 0) scrollBy(0, covered + 16);
}
document.addEventListener('click', (event) => {
	const target = event.target as Element | null;
	const ref = target?.closest?.<HTMLAnchorElement>('a[data-footnote-ref]');
	if (ref && event.detail > 0 && !onHover.matches) {
		event.preventDefault();
		delete ref.closest<HTMLElement>('[data-fn-tapped]')?.dataset.fnTapped;
		openSheet(ref);
	} else if (!target?.closest?.(`.fn.${OPEN} > .fn-preview`) || target.closest('.fn-preview__bar a')) closeSheet();
});
document.addEventListener('keydown', (event) => {
	if (event.key === 'Escape' && document.querySelector(`.fn.${OPEN}`)) closeSheet(true);
});
// Back or Forward within the page (from a note, a part of the contents) moves the text from under the sheet, which had
// stayed open over other text.
addEventListener('popstate', () => closeSheet());
// As the keyboard leaves the sheet for something else, it closes, as the header's menu does: it had stayed over the
// links focused next (a tablet's keyboard, a switch). Not for focus lost to nothing: a tap closes it, or not, above.
document.addEventListener('focusout', (event) => {
	const next = event.relatedTarget as Node | null;
	const fn = document.querySelector(`.fn.${OPEN}`);
	if (fn && next && !fn.contains(next)) closeSheet();
});
// The tap that loaded this script.
const tapped = document.querySelector<HTMLElement>('[data-fn-tapped]');
if (tapped) {
	const ref = document.getElementById(tapped.dataset.fnTapped!);
	delete tapped.dataset.fnTapped;
	if (ref instanceof HTMLAnchorElement) openSheet(ref);
}
