import type { FootnoteReference, Heading, Link, Paragraph, PhrasingContent, TableCell, Text } from 'mdast';
import type { MdastPluginDefinition, MdastVisitorContext } from 'satteri';
import { carriedBy, SOURCE_TYPES } from '../publication/source-types.ts';
import { datedAfter, formatDate, isCalendarDate } from '../text/dates.ts';
import { pageHref } from '../site/urls.ts';
import { sourceNameApart } from '../data/references.ts';
import { readBriefingData, type BriefingData } from './briefing-data.ts';
import { enclosingComponents, textAttribute } from './components.ts';
import { findCitations, pandocForm } from './citation-syntax.ts';
import { factsOf, perDocument } from './document-state.ts';
import { report } from './problems.ts';
import { TO_STRING } from './text-content.ts';
import { didYouMean } from '../text/did-you-mean.ts';

/**
 * Citations, Pandoc style: `[@source-id]` in a note becomes the source as a
 * reader can use it: its publisher and title linking straight to it, its
 * date, what kind of source it is, and a small link to its entry in the
 * register. Every note must cite at least one source; an unknown id is a
 * problem; `[@id]` outside a note is one too, because the briefing cites in
 * notes only. Leaves the sources cited among the page's facts as `citedSources`,
 * and the first note that cites each as `citedInNotes` (source id → label).
 * A source dated after the briefing's as-of date may be cited only from
 * inside an <AfterNote>, the dated note after the briefing: the register
 * tells readers so, and a note in the text had made it untrue.
 * A note is handed over before its text, so a text is in the last note
 * handed over if it starts before that note ends; each text with a citation
 * is replaced by its links, not the whole note.
 */
export function remarkCitations(options: { content: URL }): MdastPluginDefinition {
	const state = perDocument(() => ({
		data: readBriefingData(options.content),
		cited: new Map<string, string>(),
		/** The last note handed over: its label, and where it ends in the source. */
		note: undefined as { label: string | null | undefined; id: string; identifier: string; ends: number } | undefined,
		/** Sources dated after the as-of date, by the identifier of the note that cites them. */
		later: new Map<string, string[]>(),
		/** The first call of each note from outside an <AfterNote>, by the note's identifier. */
		calledOutside: new Map<string, Readonly<FootnoteReference>>(),
		/** The first call of each note from inside an <AfterNote>, with the note's date, by the note's identifier. */
		calledInNote: new Map<string, { call: Readonly<FootnoteReference>; date: string }>(),
	}));
	/** A block outside the notes whose text cites in Pandoc's fuller form; read whole only where its source holds an “@”. */
	const pandocOutsideNotes = (node: Readonly<Paragraph | Heading | TableCell>, ctx: MdastVisitorContext) => {
		const { note } = state(ctx);
		const start = node.position?.start.offset ?? 0;
		if (note !== undefined && start < note.ends) return;
		const at = ctx.source.indexOf('@', start);
		if (at < 0 || at >= (node.position?.end.offset ?? Infinity)) return;
		const pandoc = pandocForm(ctx.textContent(node, TO_STRING));
		if (pandoc) report(ctx, node, `${pandoc}; and a citation belongs in a note: write [^label] here and "[^label]: …" below`);
	};
	return {
		name: 'briefing-citations',
		options: { position: true },
		footnoteReference(node, ctx) {
			const { calledOutside, calledInNote } = state(ctx);
			if (calledOutside.has(node.identifier)) return;
			const afterNote = enclosingComponents(node, ctx).find((c) => c.name === 'AfterNote');
			if (!afterNote) return void calledOutside.set(node.identifier, node);
			const date = textAttribute(afterNote, 'date');
			if (date !== undefined && !calledInNote.has(node.identifier)) calledInNote.set(node.identifier, { call: node, date });
		},
		footnoteDefinition(node, ctx) {
			state(ctx).note = { label: node.label, id: node.label ?? node.identifier, identifier: node.identifier, ends: node.position?.end.offset ?? -1 };
			const text = ctx.textContent(node, TO_STRING);
			// By the note's whole text: emphasis splits its text nodes, and “[see *@a*, p. 3]” had been published as typed.
			const pandoc = pandocForm(text);
			if (pandoc) report(ctx, node, `footnote [^${node.label}] ${pandoc}`);
			else if (findCitations(text).length === 0) report(ctx, node, `footnote [^${node.label}] does not name a source; start it with [@source-id]`);
		},
		// In the text too, where it had been left as typed (“As reported [see @a, p. 3].”), by each block's whole text.
		paragraph: pandocOutsideNotes,
		heading: pandocOutsideNotes,
		tableCell: pandocOutsideNotes,
		text(node, ctx) {
			if (!node.value.includes('@')) return;
			const { note, data, cited, later } = state(ctx);
			const inNote = note !== undefined && (node.position?.start.offset ?? Infinity) < note.ends;
			const citations = findCitations(node.value);
			if (citations.length === 0) return;
			if (!inNote) {
				for (const citation of citations) {
					report(ctx, node, `[@${citation.id}] outside a note: the briefing cites in notes; write [^label] here and "[^label]: [@${citation.id}]" below`);
				}
				return;
			}
			const parts: PhrasingContent[] = [];
			let from = 0;
			for (const citation of citations) {
				const source = data.sources.get(citation.id);
				if (!source) {
					report(ctx, node, `footnote [^${note.label}] cites unknown source "${citation.id}"${didYouMean(citation.id, data.sources.keys())}; add it to sources.yaml or fix the id`);
					continue;
				}
				if (!cited.has(citation.id)) cited.set(citation.id, note.id);
				if (datedAfter(source.date, data.asOf)) later.set(note.identifier, [...(later.get(note.identifier) ?? []), citation.id]);
				if (citation.index > from) parts.push({ type: 'text', value: node.value.slice(from, citation.index) });
				parts.push(...citationNodes(citation.id, source, data.sources));
				from = citation.index + citation.length;
			}
			if (from === 0) return;
			if (from < node.value.length) parts.push({ type: 'text', value: node.value.slice(from) });
			ctx.replaceNode(node, parts);
		},
		after(_, ctx) {
			const { cited, later, calledOutside, calledInNote, data } = state(ctx);
			for (const [identifier, ids] of later) {
				const call = calledOutside.get(identifier);
				const inNote = calledInNote.get(identifier);
				for (const id of ids) {
					const { date } = data.sources.get(id)!;
					if (call) report(ctx, call, `footnote [^${call.label}] cites "${id}", dated ${date}, after the briefing's as-of date (${data.asOf}): a later source is cited only in an <AfterNote>, the dated note after the briefing; cite one from before the date here, or move the passage into the note`);
					// A note is dated as of the events it reports: one dated before its own source had told readers of a report not yet made.
					else if (inNote && isCalendarDate(inNote.date) && datedAfter(date, inNote.date)) report(ctx, inNote.call, `footnote [^${inNote.call.label}] cites "${id}", dated ${date}, after the date of the <AfterNote> it is called from (${inNote.date}); a note is dated as of the latest events it reports: date it ${date} or later, or cite an earlier source`);
				}
			}
			const facts = factsOf(ctx);
			facts.citedSources = [...cited.keys()];
			facts.citedInNotes = Object.fromEntries(cited);
			state.forget(ctx);
		},
	};
}

/**
 * `<a class="citation" href="https://…">Publisher, Title</a>, date <a class="source-type" href="sources.html#id">News</a>`:
 * the kind of source is also the way to its entry in the register, where
 * the kinds are explained; one link, not two, in every note. Its name for
 * a screen reader begins with the kind, as shown, and goes on to the
 * source: a page's links list had read “News” nineteen times over.
 */
function citationNodes(id: string, source: Source, sources: BriefingData['sources']): PhrasingContent[] {
	const name: Text = { type: 'text', value: `${source.publisher}, ${source.title}` };
	const title: PhrasingContent = source.url
		? ({ type: 'link', url: source.url, data: { hProperties: { className: ['citation'], rel: ['external', 'noopener'] } }, children: [name] } satisfies Link)
		: ({ type: 'emphasis', data: { hName: 'span', hProperties: { className: ['citation'] } }, children: [name] } as PhrasingContent);
	const label = source.type ? SOURCE_TYPES[source.type].label : 'Register';
	return [
		title,
		{ type: 'text', value: `, ${formatDate(source.date)}${carriedBy(source)} ` },
		{ type: 'link', url: pageHref('sources', id), title: 'Its entry in the source register', data: { hProperties: { className: ['source-type'], ariaLabel: `${label}: ${sourceNameApart(id, sources)}` } }, children: [{ type: 'text', value: label }] } satisfies Link,
	];
}

type Source = BriefingData['sources'] extends Map<string, infer S> ? S : never;
