import { HEADER_SEARCH_ID } from './urls.ts';

/**
 * The event-handler attribute that loads an enhancement the first time a
 * reader reaches for it (focuses the search box, hovers a footnote). Like
 * the page's other handlers (the search shortcut, the menu's), it does not
 * run until then: reading pages execute no JavaScript on load (the search
 * page, which is for searching, loads its script at once). The script's URL is in the element's
 * `data-js`, made relative to the page like every other URL, and doubles as
 * the script element's id so it loads once.
 *
 * Being an attribute, it needs its hash in the policy under 'unsafe-hashes'
 * (src/postbuild/site-inline-code.ts lists each of these); keep it one fixed string.
 */
export const LOADER_HANDLER =
	"var d=document,u=this.dataset.js;d.getElementById(u)||d.head.append(Object.assign(d.createElement('script'),{id:u,src:u}))";

/**
 * The reader's choice that "/" not open search, kept in the browser
 * (localStorage) by the search page's setting (src/client/search/key-setting.ts):
 * a key of one character may be typed unasked, by speech input or a
 * switch, and a reader must be able to turn it off (WCAG 2.1.4).
 */
export const SLASH_KEY_SETTING = { key: 'briefing-slash-key', off: 'off' } as const;

/**
 * On <body>: "/" or Ctrl/⌘-K moves focus to the header's search box, whose
 * own focus handler then loads the search script. Runs only on a key press;
 * "/" not where the reader has turned it off, which a browser that keeps
 * nothing cannot have. The page stays where the reader was: a header with
 * the focus in it stays at the top of the screen (layout.css), so the box
 * comes to them. The box keeps what had the focus (`returnTo`), which the
 * last Escape gives it back (src/client/search.ts).
 */
export const SEARCH_SHORTCUT_HANDLER =
	`var e=event,t=e.target;if(e.key=='/'){try{if(localStorage.getItem('${SLASH_KEY_SETTING.key}')=='${SLASH_KEY_SETTING.off}')return}catch(x){}}if((e.key=='/'&&!t.isContentEditable&&!/^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName))||(e.key=='k'&&(e.ctrlKey||e.metaKey))){var q=document.getElementById('${HEADER_SEARCH_ID}');if(q){e.preventDefault();q.returnTo=document.activeElement;q.focus({preventScroll:true});q.select()}}`;

/**
 * The header's menu is a <details>, opened and closed by its own button on
 * a phone (always shown on a wide screen, where it is never `open`). As a
 * menu does, it also closes on Escape, giving focus back to its button (on
 * the menu), on a tap or click outside it (on <body>), and on its link to a
 * place on the same page, which it would otherwise cover. Each runs only on
 * its event.
 */
export const MENU_ESCAPE_HANDLER = "if(event.key=='Escape'&&this.open){this.open=false;this.firstElementChild.focus()}";
/**
 * On the menu too: it closes when the keyboard takes focus out of it, where
 * it had stayed open over the link focused next. Only for focus that goes to
 * something else: a tap on the panel between its links leaves none.
 */
export const MENU_FOCUS_OUT_HANDLER = "var t=event.relatedTarget;if(this.open&&t&&!this.contains(t))this.open=false";
export const MENU_CLOSE_HANDLER = "var m=document.querySelector('.site-menu[open]'),t=event.target;if(m&&(!m.contains(t)||t.closest('a[href^=\"#\"]')))m.open=false";

/**
 * On a page's article: loads the footnote previews (its `data-js`) the
 * first time a reader hovers or focuses a note's number. One handler for
 * the whole article, rather than two on every number, saves each page a
 * quarter of a kilobyte.
 */
export const FOOTNOTE_LOADER = `if(event.target.closest('[data-footnote-ref]')){${LOADER_HANDLER}}`;

/** Where a note's number shows the note on hover and focus (styles/components.css): a wide screen with a pointer that hovers. */
export const HOVER_PREVIEWS = '(min-width: 48rem) and (hover: hover), (min-width: 48rem) and (pointer: fine)';
/**
 * On the article too, elsewhere (a phone, a tablet): a tap on a note's
 * number shows the note at the foot of the screen rather than taking the
 * reader to the notes, 14,000 px down on a phone. The first tap comes
 * before the script: it is kept back, the number named in the article's
 * `data-fn-tapped`, and the script, loading, opens it; a tap the script has
 * not taken up within three seconds (it failed to load) goes on to the
 * note, as it would without script. A number followed from the keyboard (a
 * click of no detail) still leads to its note.
 */
export const FOOTNOTE_TAP = `var a=event.target.closest('[data-footnote-ref]'),t=this;if(a&&event.detail&&!matchMedia('${HOVER_PREVIEWS}').matches){event.preventDefault();t.dataset.fnTapped=a.id;setTimeout(function(){if(t.dataset.fnTapped==a.id){delete t.dataset.fnTapped;location.hash=a.hash}},3e3);${LOADER_HANDLER}}`;
