import type { APIRoute } from 'astro';
import { cslJson } from '../../publication/citation-files';
import { citationPaths } from '../../publication/citation-paths';

/** CSL-JSON, the format citeproc, Zotero and pandoc share. */
export const getStaticPaths = citationPaths;
export const GET: APIRoute = ({ props }) => new Response(cslJson(props.work), { headers: { 'content-type': 'application/vnd.citationstyles.csl+json; charset=utf-8' } });
