import { datedAfter, inDateRange, isCalendarDate, isPartialDate } from '../text/dates.ts';
import { didYouMean } from '../text/did-you-mean.ts';
import { typewriterMarks } from '../text/typography.ts';
import type { Node, Parents } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import type { BriefingData } from './briefing-data.ts';
import { DATA_FILES } from '../data/schemas.ts';

/** Checks one attribute's value; returns what is wrong, or nothing. */
type AttributeCheck = (value: string, data: BriefingData) => string | undefined;

export interface ComponentSpec {
	attributes: Record<string, AttributeCheck>;
	required?: string[];
	/** Whether the component holds prose between its tags (only <AfterNote> does). */
	children?: boolean;
	/** Checks the attributes together, once each is valid; `within`, the components it sits in, and `noteDate`, the date of the <AfterNote> among them. */
	validate?: (attributes: Record<string, string>, data: BriefingData, within: string[], noteDate?: string) => string | undefined;
}

/** A date written in the form asked for but naming no real day (2024-11-31) is told so, not that its form is wrong. */
const notADate = (name: string, value: string, form: RegExp, forms: string) =>
	form.test(value) ? `${name}="${value}" names no real ${/-(?:0[1-9]|1[0-2])-/.test(value) ? 'day: that month has fewer days' : 'month'}` : `${name}="${value}" is not a date written ${forms}`;

const date = (name: string): AttributeCheck => (value) => (isPartialDate(value) ? undefined : notADate(name, value, /^\d{4}(?:-\d{2}){0,2}$/, 'YYYY-MM-DD, YYYY-MM or YYYY'));

/**
 * The one list of what sections may use besides Markdown: each component,
 * its attributes and how each is checked. src/components/mdx.ts maps these
 * names to the components that render them (a test holds the two equal).
 */
export const COMPONENTS: Record<string, ComponentSpec> = {
	Quote: {
		attributes: { id: (id, data) => (data.quotes.has(id) ? undefined : `unknown quote id "${id}"${didYouMean(id, data.quotes.keys())}; add it to quotes.yaml or fix the id`) },
		required: ['id'],
		validate: ({ id }, data, within, noteDate) => {
			const { date, line } = data.quotes.get(id)!;
			const dated = `quote "${id}" is dated ${date} (${DATA_FILES.quotes.file}:${line})`;
			if (date > data.asOf && !within.includes('AfterNote')) return `${dated}, after the briefing's as-of date (${data.asOf}); only an <AfterNote> may carry it, or the date there is wrong`;
			// As a note's sources are (remark-citations.ts): a note dated before the words it quotes had told of them early.
			if (noteDate && isCalendarDate(noteDate) && datedAfter(date, noteDate)) return `${dated}, after the date of the <AfterNote> it is in (${noteDate}); a note is dated as of the latest events it reports: date it ${date} or later, or the date there is wrong`;
			return undefined;
		},
	},
	Timeline: {
		attributes: { from: date('from'), to: date('to') },
		validate: ({ from, to }, data) => {
			if (from && to && from.slice(0, to.length) > to) return `from="${from}" comes after to="${to}": the range is reversed`;
			if (!data.timeline.some((day) => inDateRange(day, from, to))) return `no timeline event falls between ${from ?? 'the first'} and ${to ?? 'the last'}: the excerpt would be empty`;
			return undefined;
		},
	},
	AllianceMap: { attributes: {} },
	AfterNote: {
		attributes: {
			date: (value, data) => {
				if (!isCalendarDate(value)) return notADate('date', value, /^\d{4}-\d{2}-\d{2}$/, 'YYYY-MM-DD');
				if (value <= data.asOf) return `date="${value}" is not after the briefing's as-of date (${data.asOf}); a note after the briefing reports later events`;
				return undefined;
			},
			// What the note reports, in the words a reader would search with: its title in search results, and so held to the
			// prose's typography.
			about: (value) => {
				if (!value.trim()) return 'about="" is empty; say in a few words what the note reports, or leave it out';
				const marks = typewriterMarks(value).map((m) => m.message);
				return marks.length > 0 ? `about="${value}": ${marks.join('; ')}` : undefined;
			},
		},
		required: ['date'],
		children: true,
	},
};

/** An element's attribute where it is written as plain text (`date="2024-12-04"`). */
export function textAttribute(element: Readonly<MdxJsxFlowElement | MdxJsxTextElement>, name: string): string | undefined {
	const value = element.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === name)?.value;
	return typeof value === 'string' ? value : undefined;
}

/** The components a node sits in, innermost first: what it may be nested in, and the <AfterNote> that dates it. */
export function enclosingComponents(node: Readonly<Node>, ctx: { parent(node: Readonly<Node>): Readonly<Parents> | undefined }): Readonly<MdxJsxFlowElement | MdxJsxTextElement>[] {
	const around: Readonly<MdxJsxFlowElement | MdxJsxTextElement>[] = [];
	for (let parent = ctx.parent(node); parent && parent.type !== 'root'; parent = ctx.parent(parent)) {
		if ((parent.type === 'mdxJsxFlowElement' || parent.type === 'mdxJsxTextElement') && parent.name) around.push(parent);
	}
	return around;
}

export const componentList = () => Object.keys(COMPONENTS).map((c) => `<${c}>`).join(', ');
