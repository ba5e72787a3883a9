import type { APIRoute } from 'astro';
import { ris } from '../../publication/citation-files';
import { citationPaths } from '../../publication/citation-paths';

export const getStaticPaths = citationPaths;
export const GET: APIRoute = ({ props }) => new Response(ris(props.work), { headers: { 'content-type': 'application/x-research-info-systems; charset=utf-8' } });
