/**
 * The world's boundaries from the world-atlas TopoJSON (Natural Earth), with
 * the two corrections this briefing makes: Crimea belongs to Ukraine, and
 * Greenland is drawn with the Kingdom of Denmark.
 */
import { geoContains } from 'd3-geo';
import type { MultiPolygon, Polygon } from 'geojson';
import { feature, merge, neighbors } from 'topojson-client';
import type { GeometryCollection, GeometryObject, MultiPolygon as TopoMultiPolygon, Polygon as TopoPolygon, Topology } from 'topojson-specification';
import type { Point } from './geometry.ts';
import type { MapMember } from './members.ts';

export const UKRAINE = '804';
const RUSSIA = '643';
/** A point in the middle of Crimea, to find the peninsula's polygon. */
const CRIMEA: Point = [34.1, 45.0];
/** Territories drawn as part of a state: Greenland is part of the Kingdom of Denmark. */
export const PART_OF: Readonly<Record<string, string>> = { '304': '208' };

export interface Country {
	/** ISO 3166-1 numeric code; '' for the few Natural Earth units without one (Kosovo, N. Cyprus, Somaliland). */
	id: string;
	name: string;
	geometry: Polygon | MultiPolygon;
}

type Polygonal = TopoPolygon<{ name: string }> | TopoMultiPolygon<{ name: string }>;

function isPolygonal(g: GeometryObject<{ name: string }>): g is Polygonal {
	return g.type === 'Polygon' || g.type === 'MultiPolygon';
}

export function countryGeometries(topology: Topology): GeometryCollection<{ name: string }> {
	const collection = topology.objects.countries as GeometryCollection<{ name: string }> | undefined;
	if (!collection) throw new Error('world-atlas: the topology has no "countries" object');
	return collection;
}

/**
 * The topology with Crimea moved from Russia's boundary to Ukraine's:
 * Natural Earth follows the line of control there, while the UN General
 * Assembly (resolution 68/262) and NATO's members recognise Ukraine's 1991
 * borders, as this briefing does.
 */
export function crimeaToUkraine(topology: Topology): Topology {
	const collection = countryGeometries(topology);
	const polygonal = collection.geometries.filter(isPolygonal);
	const russia = polygonal.find((g) => g.id === RUSSIA);
	const ukraine = polygonal.find((g) => g.id === UKRAINE);
	if (!russia || !ukraine) throw new Error('world-atlas: the boundaries of Russia (643) and Ukraine (804) are missing');
	const polygonsOf = (g: Polygonal) => (g.type === 'MultiPolygon' ? g.arcs : [g.arcs]);
	const russian = polygonsOf(russia);
	const crimea = russian.findIndex((arcs) => geoContains(feature(topology, { type: 'Polygon', arcs }), CRIMEA));
	if (crimea < 0) {
		if (geoContains(feature(topology, ukraine), CRIMEA)) return topology;
		throw new Error('world-atlas: Crimea was found neither in Ukraine nor in Russia');
	}
	const geometries = collection.geometries.map((g): GeometryObject<{ name: string }> => {
		if (g === russia) return { ...russia, type: 'MultiPolygon', arcs: russian.filter((_, i) => i !== crimea) };
		if (g === ukraine) return { ...ukraine, type: 'MultiPolygon', arcs: [...polygonsOf(ukraine), russian[crimea]] };
		return g;
	});
	return { ...topology, objects: { ...topology.objects, countries: { ...collection, geometries } } };
}

/** The countries of a world-atlas topology as GeoJSON, in order of id. */
export function countriesOf(topology: Topology): Country[] {
	return countryGeometries(topology)
		.geometries.filter(isPolygonal)
		.map((g): Country => ({
			id: g.id === undefined ? '' : String(g.id),
			name: g.properties?.name ?? '',
			// merge() dissolves the border between Ukraine's mainland and Crimea, across the Perekop isthmus;
			// the two feature() calls are the same, split so that each matches one typed overload.
			geometry: g.id === UKRAINE ? merge(topology, [g]) : g.type === 'Polygon' ? feature(topology, g).geometry : feature(topology, g).geometry,
		}))
		.sort((a, b) => a.id.localeCompare(b.id) || a.name.localeCompare(b.name, 'en'));
}

/** The members whose boundaries share an edge with Ukraine's, by name. */
export function ukraineNeighbours(topology: Topology, members: readonly MapMember[]): string[] {
	const { geometries } = countryGeometries(topology);
	const ukraine = geometries.findIndex((g) => String(g.id) === UKRAINE);
	if (ukraine < 0) return [];
	const around = new Set(neighbors(geometries)[ukraine].map((i) => String(geometries[i].id)));
	return members.filter((m) => around.has(m.id)).map((m) => m.name).sort((a, b) => a.localeCompare(b, 'en'));
}

/** Indexes of the arcs a boundary is made of (a reversed arc, `~i`, as `i`); none for a geometry that is not a polygon. */
export function arcIndexes(g: GeometryObject<{ name: string }>): number[] {
	if (!isPolygonal(g)) return [];
	const rings = g.type === 'MultiPolygon' ? g.arcs.flat() : g.arcs;
	return rings.flat().map((arc) => (arc < 0 ? ~arc : arc));
}

/** Indexes of the arcs that the boundaries with the given ids are made of. */
export function arcsOf(topology: Topology, ids: ReadonlySet<string>): Set<number> {
	return new Set(countryGeometries(topology).geometries.filter((g) => ids.has(String(g.id))).flatMap(arcIndexes));
}
