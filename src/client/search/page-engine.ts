import { loadPagefind, type Pagefind } from './engine.ts';

/**
 * This page's engine and where the site is, known once the search script
 * runs: apart from engine.ts, which the unit tests import without a page.
 */

// The script is assets/search.js: the site's root is one level up, wherever the site is.
export const ROOT = new URL('../', (document.currentScript as HTMLScriptElement).src);

let engine: Promise<Pagefind> | undefined;
/** The engine, loaded once a page: at the first search, or as the reader first comes to a search box. */
export const getEngine = () => (engine ??= loadPagefind(ROOT));
/** A result's URL, which Pagefind gives from the site's root (`/background.html#x`), where the site is. */
export const resolve = (url: string) => new URL(url.replace(/^\//, ''), ROOT).href;
