/**
 * Pagefind's engine as a classic script, for pages read from disk: the file
 * the build writes (src/postbuild/search/disk-transport.ts) and the search
 * script loads (src/client/search/engine.ts), and the global it defines,
 * which has the same API as the module `pagefind.js` exports.
 */
export const DISK_ENGINE = 'pagefind.disk.js';
export const DISK_GLOBAL = '__pagefindDisk';
