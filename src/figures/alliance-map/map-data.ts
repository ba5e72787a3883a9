import type { Topology } from 'topojson-specification';
import countries from 'world-atlas/countries-50m.json';
import { getBriefing } from '../../data/briefing.ts';
import { buildAllianceMap, type AllianceMap } from './build-map.ts';
import type { MapMember } from './members.ts';

let map: Promise<AllianceMap> | undefined;

/** The map drawn once per build from the briefing's members: the map page and the whole briefing share it. */
export function getAllianceMap(): Promise<AllianceMap> {
	map ??= getBriefing().then(({ members }) =>
		buildAllianceMap(
			countries as unknown as Topology,
			members.map(({ data }): MapMember => ({ id: data.id, name: data.name, ...(data.joinedAs ? { joinedAs: data.joinedAs } : {}), joined: data.joined, source: data.source })),
		),
	);
	return map;
}
