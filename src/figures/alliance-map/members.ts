import { DATA_FILES } from '../../data/schemas.ts';

/**
 * The alliance's members as the map needs them, and the rounds of
 * enlargement they are shaded by.
 */
export interface MapMember {
	/** ISO 3166-1 numeric code, three digits. */
	id: string;
	name: string;
	/** The state that joined, where the member is named otherwise now (content/members.yaml). */
	joinedAs?: string;
	/** Year of accession, YYYY (a longer date is cut to its year). */
	joined: string;
	source: string;
}

export interface PeriodGroup {
	/** 1 for the founders, up to PERIODS.length: the shade's class suffix. */
	step: number;
	/** The years the group's members actually joined: "1949", "1952–1982". */
	label: string;
	members: MapMember[];
}

/**
 * Rounds of enlargement, oldest first, one shade each. The ranges only have to
 * separate the rounds; the labels come from the years members joined.
 */
export const PERIODS: readonly { from: number; to: number }[] = [
	{ from: 1949, to: 1949 },
	{ from: 1950, to: 1989 },
	{ from: 1990, to: 1999 },
	{ from: 2000, to: 2004 },
	{ from: 2005, to: 2020 },
	{ from: 2021, to: 9999 },
];

export const MEMBERS_FILE = DATA_FILES.members.file;

export function yearOf(member: MapMember): number {
	return Number(member.joined.slice(0, 4));
}

/** Members grouped by round of enlargement, oldest first; empty rounds are left out. */
export function groupByPeriod(members: readonly MapMember[]): PeriodGroup[] {
	const groups = PERIODS.map((_, i): PeriodGroup => ({ step: i + 1, label: '', members: [] }));
	for (const member of members) {
		const year = yearOf(member);
		const index = PERIODS.findIndex((p) => year >= p.from && year <= p.to);
		// The members' schema refuses such a date at its line (data/schemas.ts): here it can come only from code.
		if (index < 0) throw new Error(`member "${member.id}" (${member.name}) joined in ${member.joined}, before 1949, which the members' schema refuses`);
		groups[index].members.push(member);
	}
	return groups
		.filter((g) => g.members.length > 0)
		.map((g) => {
			const sorted = [...g.members].sort((a, b) => yearOf(a) - yearOf(b) || a.name.localeCompare(b.name, 'en'));
			const first = yearOf(sorted[0]);
			const last = yearOf(sorted.at(-1)!);
			return { ...g, members: sorted, label: first === last ? String(first) : `${first}–${last}` };
		});
}

/** The id of the members table's row for a year of accession, where the source register links to the year's sources. */
export const membersRowId = (year: string) => `joined-${year}`;
