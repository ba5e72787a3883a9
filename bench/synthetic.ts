import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { readDataFile, readDataMapping } from '../src/data/yaml.ts';
import { datedAfter } from '../src/text/dates.ts';

/** The date of the first section's dated note, which cites the sources dated after the briefing's. */
const LATER = '2024-12-04';

/**
 * Writes a synthetic briefing of `count` sections into `content/`: the real
 * data files and overview, and generated sections of about 1,500 words each,
 * made of the real sections' sentences in a seeded order, with headings,
 * footnotes citing real sources, and a table. The same count gives the same
 * text every time, so build times compare across runs. It keeps the real
 * briefing's date.
 */
export async function writeSyntheticContent(from: string, to: string, count: number): Promise<void> {
	await rm(join(to, 'sections'), { recursive: true, force: true });
	await mkdir(join(to, 'sections'), { recursive: true });
	const sentences: string[] = [];
	for (const name of await readdir(join(from, 'sections'))) {
		const body = (await readFile(join(from, 'sections', name), 'utf8')).replace(/^---[\s\S]*?\n---\n/, '');
		for (const line of body.split('\n')) {
			if (/^(#|\||<|\[\^|\s*$|-|\d+\.)/.test(line)) continue;
			// Only sentences whole as Markdown: cut at a full stop inside a link (“(/background.html”) or an emphasis, one
			// left a link or an asterisk open, which the build refuses as Markdown left as typed.
			sentences.push(...(line.replace(/\[\^[^\]]+\]/g, '').match(/[^.!?]+[.!?]/g) ?? []).map((s) => s.trim()).filter((s) => s.split(' ').length > 6 && wholeMarkdown(s)));
		}
	}
	const content = pathToFileURL(`${from}/`);
	const { asOf } = readDataMapping(content, 'briefing');
	// Sources dated after the briefing's date are cited only in a dated note (remark-citations.ts): the first section holds one.
	const register = readDataFile(content, 'sources');
	const later = register.filter((s) => datedAfter(s.data.date, asOf)).map((s) => s.id);
	const sources = register.map((s) => s.id).filter((id) => !later.includes(id));
	let seed = 42;
	const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
	const pick = <T>(list: T[]) => list[Math.floor(random() * list.length)];

	for (let n = 1; n <= count; n++) {
		// Round the register so that, together, the sections cite every source.
		const cited = [0, 1, 2].map((k) => sources[(3 * (n - 1) + k) % sources.length]).filter((s, i, all) => all.indexOf(s) === i);
		let body = '';
		let words = 0;
		let note = 0;
		for (let h = 1; words < 1500; h++) {
			body += `## Part ${h} of section ${n}\n\n`;
			for (let p = 0; p < 3 && words < 1500; p++) {
				const paragraph = Array.from({ length: 5 }, () => pick(sentences)).join(' ');
				words += paragraph.split(/\s+/).length;
				body += `${paragraph}[^n${++note}]\n\n`;
			}
			if (h === 2) body += '| Point | Detail |\n| --- | --- |\n| One | A generated row |\n| Two | Another generated row |\n\n';
		}
		if (n === 1 && later.length > 0) {
			body += `<AfterNote date="${LATER}" about="What came after the briefing’s date">\n\n${later.map((_, i) => `${pick(sentences)}[^later${i + 1}]`).join(' ')}\n\n</AfterNote>\n\n`;
			body += later.map((id, i) => `[^later${i + 1}]: [@${id}].`).join('\n') + '\n';
		}
		body += cited.map((id, i) => `[^n${i + 1}]: [@${id}].`).join('\n') + '\n';
		for (let i = cited.length + 1; i <= note; i++) body += `[^n${i}]: [@${cited[i % cited.length]}].\n`;
		const front = [
			'---',
			`title: Synthetic section ${n}`,
			`shortTitle: Section ${n}`,
			`summary: A generated section of about 1,500 words, for measuring how build time grows with the size of the briefing.`,
			`order: ${n}`,
			`asOf: ${asOf}`,
			`updated: ${n === 1 ? LATER : asOf}`,
			'keyPoints: [First point, Second point, Third point]',
			`sources: [${(n === 1 ? [...cited, ...later] : cited).join(', ')}]`,
			'---',
			'',
		].join('\n');
		await writeFile(join(to, 'sections', `${String(n).padStart(4, '0')}-synthetic-${n}.mdx`), front + body);
	}
	await writeFile(
		join(to, 'overview.mdx'),
		[
			'---',
			'title: A synthetic briefing',
			'summary: Generated sections for measuring the build; the data files are the real briefing’s.',
			`asOf: ${asOf}`,
			`updated: ${asOf}`,
			'keyPoints: [Generated, Deterministic, Large]',
			`sources: [${sources[0]}]`,
			'---',
			'',
			`This briefing has ${count} generated sections.[^1]`,
			'',
			`[^1]: [@${sources[0]}].`,
			'',
		].join('\n'),
	);
	// The log names real sections; a synthetic briefing has only the update that its dated note needs.
	await writeFile(
		join(to, 'corrections.yaml'),
		later.length > 0 ? `- date: ${LATER}\n  kind: update\n  summary: A dated note reports what came after the briefing’s date.\n  sections: [synthetic-1]\n` : '[]\n',
	);
	// The real briefing's first sections are not the synthetic one's: every generated section was there from the start.
	const briefing = await readFile(join(from, 'briefing.yaml'), 'utf8');
	const slugs = Array.from({ length: count }, (_, i) => `synthetic-${i + 1}`);
	const first = /^firstSections: \[.*\]$/m;
	if (!first.test(briefing)) throw new Error('content/briefing.yaml: no firstSections: […] line for the synthetic briefing to replace');
	await writeFile(join(to, 'briefing.yaml'), briefing.replace(first, `firstSections: [${slugs.join(', ')}]`));
	// Timeline events name real sections; in a synthetic briefing they name none.
	const timeline = await readFile(join(from, 'timeline.yaml'), 'utf8');
	await writeFile(join(to, 'timeline.yaml'), timeline.replace(/^(\s*)sections: \[.*\]$/gm, '$1sections: []'));
}

const count = (text: string, mark: string) => text.split(mark).length - 1;
/** A sentence whose brackets, parentheses and asterisks are closed within it. */
const wholeMarkdown = (sentence: string) => count(sentence, '[') === count(sentence, ']') && count(sentence, '(') === count(sentence, ')') && count(sentence, '*') % 2 === 0;
