import type { APIRoute } from 'astro';
import { bibtex } from '../../publication/citation-files';
import { citationPaths } from '../../publication/citation-paths';

export const getStaticPaths = citationPaths;
export const GET: APIRoute = ({ props }) => new Response(bibtex(props.work), { headers: { 'content-type': 'application/x-bibtex; charset=utf-8' } });
