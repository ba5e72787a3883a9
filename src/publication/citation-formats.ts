import { dateParts, datesNote, type CitedWork } from './work.ts';

/*
 * The three files a reader can download to add the briefing, or one of its
 * sections, to a reference manager. The briefing as a whole is a report; a
 * section is a part of it (a chapter, to BibTeX, RIS and CSL, which have no
 * closer type). A group author is written so no tool splits it into a
 * first and last name: {{Briefing Team}} in BibTeX, `literal` in CSL.
 * Each is dated by the version it cites, the page's last update, as the
 * APA reference beside the links is: a reader who imported the files had
 * got 29 November where the page said 4 December. The note says when the
 * text was written as of, and when it last changed.
 */

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** Braces protect capitals and make the special characters literal. */
const tex = (text: string) => text.replace(/[\\{}&%$#_^~]/g, (c) => (c === '\\' ? '\\textbackslash{}' : c === '^' || c === '~' ? `\\${c}{}` : `\\${c}`));

export function bibtex(work: CitedWork): string {
	const [year, month] = dateParts(work.updated);
	const authors = work.authors.length ? work.authors.map((a) => `${tex(a.family)}, ${tex(a.given)}`).join(' and ') : `{${tex(work.issuedBy)}}`;
	const fields: [string, string][] = [
		['author', `{${authors}}`],
		['title', `{{${tex(work.title)}}}`],
		...(work.kind === 'report'
			? ([['institution', `{${tex(work.publisher)}}`], ['type', `{${tex(work.genre)}}`]] as [string, string][])
			: ([['booktitle', `{{${tex(work.container!)}}}`], ['publisher', `{${tex(work.publisher)}}`]] as [string, string][])),
		['year', `{${year}}`],
		['month', MONTHS[month - 1]],
		['date', `{${work.updated}}`],
		...(work.url ? ([['url', `{${work.url}}`]] as [string, string][]) : []),
		['note', `{${tex(datesNote(work))}}`],
		['language', `{${work.language}}`],
	];
	const type = work.kind === 'report' ? 'techreport' : 'incollection';
	return `@${type}{${work.key},\n${fields.map(([k, v]) => `  ${k} = ${v},`).join('\n')}\n}\n`;
}

/** RIS, one tag a line, CR LF endings as the format asks. */
export function ris(work: CitedWork): string {
	const [year, month, day] = dateParts(work.updated);
	const pad = (n: number) => String(n).padStart(2, '0');
	const lines: [string, string][] = [
		['TY', work.kind === 'report' ? 'RPRT' : 'CHAP'],
		...(work.authors.length ? work.authors.map((a) => ['AU', `${a.family}, ${a.given}`] as [string, string]) : [['AU', work.issuedBy] as [string, string]]),
		['TI', work.title],
		...(work.container ? [['T2', work.container] as [string, string]] : []),
		['PY', String(year)],
		['DA', `${year}/${pad(month)}/${pad(day)}/`],
		['PB', work.publisher],
		['M3', work.genre],
		...(work.url ? [['UR', work.url] as [string, string]] : []),
		['LA', work.language],
		['N1', datesNote(work)],
		['ER', ''],
	];
	return lines.map(([tag, value]) => `${tag}  - ${value}`).join('\r\n') + '\r\n';
}

/** CSL-JSON: a list of one item, as citeproc-js, Zotero and pandoc read it. */
export function cslJson(work: CitedWork): string {
	const item = {
		id: work.key,
		type: work.kind === 'report' ? 'report' : 'chapter',
		title: work.title,
		...(work.container ? { 'container-title': work.container } : {}),
		author: work.authors.length ? work.authors.map((a) => ({ family: a.family, given: a.given })) : [{ literal: work.issuedBy }],
		publisher: work.publisher,
		genre: work.genre,
		issued: { 'date-parts': [dateParts(work.updated)] },
		...(work.url ? { URL: work.url } : {}),
		language: work.language,
		note: datesNote(work),
		license: work.licence.url,
	};
	return `${JSON.stringify([item], null, 2)}\n`;
}
