import { OfflineEngine } from '../lib/search/offline-engine.ts';

/**
 * The offline engine, in a script of its own: only a reader who opened the
 * site from disk (or whose host broke Pagefind) downloads it. search.js picks
 * it up from here once it has loaded.
 */
(window as unknown as { BriefingOfflineEngine: typeof OfflineEngine }).BriefingOfflineEngine = OfflineEngine;
