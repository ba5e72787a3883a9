import type { APIRoute } from 'astro';
import { citablePages } from '../publication/citable-pages.ts';

/**
 * The citable pages and their works, for the post-build step that writes
 * each one's citation files (src/postbuild/citation-files.ts) and then
 * removes this list: written by three routes per page, the files were three
 * thousand routes at a thousand sections.
 */
export const GET: APIRoute = async () => new Response(JSON.stringify(await citablePages()));
