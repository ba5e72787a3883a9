import { relative } from 'node:path';
import type { Root, Text, Link, FootnoteDefinition, Nodes, Parents } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import type { VFile } from 'vfile';
import { toString } from 'mdast-util-to-string';
import { visit, SKIP } from 'unist-util-visit';
import { readBriefingData, type BriefingData } from './briefing-data.ts';
import { findCitations, findDanglingFootnotes } from './citation-syntax.ts';
import { countWords } from '../text/words.ts';
import { formatDate, isPartialDate } from '../text/dates.ts';
import { pageHref } from '../site/urls.ts';

/**
 * Checks every reference a section makes and turns citations into links.
 *
 * - components: only those the site provides, with known attributes and ids;
 * - footnotes: every call has a definition, every definition is called, and
 *   every definition names its source as `[@source-id]`, which becomes a link
 *   to the sources page;
 * - the body is not empty.
 *
 * All problems in a file are reported together, each with its file and line.
 * It also leaves `citedSources`, `words` and `components` (names used) in the
 * frontmatter for the pages.
 */
export function remarkBriefing(options: { content: URL }) {
	return (tree: Root, file: VFile) => {
		const data = readBriefingData(options.content);
		const name = relative(process.cwd(), file.path);
		const problems: string[] = [];
		const at = (node: Nodes | undefined) => `${name}:${node?.position?.start.line ?? 1}`;

		const components = checkComponents(tree, data, (node, message) => problems.push(`${at(node)}: ${message}`));

		const definitions = new Map<string, FootnoteDefinition>();
		const called = new Set<string>();
		visit(tree, (node) => {
			if (node.type === 'footnoteDefinition') definitions.set(node.identifier, node);
			if (node.type === 'footnoteReference') called.add(node.identifier);
		});
		visit(tree, 'text', (node) => {
			for (const label of findDanglingFootnotes(node.value)) {
				problems.push(`${at(node)}: footnote [^${label}] has no definition; add a line "[^${label}]: [@source-id] …"`);
			}
		});
		for (const [label, definition] of definitions) {
			if (!called.has(label)) problems.push(`${at(definition)}: footnote [^${label}] is defined but never referenced in the text`);
		}

		const cited: string[] = [];
		for (const [label, definition] of definitions) {
			let count = 0;
			visit(definition, 'text', (node, index, parent) => {
				const found = findCitations(node.value);
				if (found.length === 0 || parent === undefined || index === undefined) return;
				const parts: (Text | Link)[] = [];
				let from = 0;
				for (const citation of found) {
					count++;
					const source = data.sources.get(citation.id);
					if (!source) {
						problems.push(`${at(node)}: footnote [^${label}] cites unknown source "${citation.id}"; add it to sources.yaml or fix the id`);
						continue;
					}
					if (!cited.includes(citation.id)) cited.push(citation.id);
					if (citation.index > from) parts.push({ type: 'text', value: node.value.slice(from, citation.index) });
					parts.push({
						type: 'link',
						url: pageHref('sources', citation.id),
						data: { hProperties: { className: ['citation'] } },
						children: [{ type: 'text', value: `${source.publisher}, ${source.title}, ${formatDate(source.date)}` }],
					});
					from = citation.index + citation.length;
				}
				if (from < node.value.length) parts.push({ type: 'text', value: node.value.slice(from) });
				(parent as Parents).children.splice(index, 1, ...(parts as never[]));
				return [SKIP, index + parts.length];
			});
			if (count === 0) problems.push(`${at(definition)}: footnote [^${label}] does not name a source; start it with [@source-id]`);
		}

		const words = countWords(bodyText(tree));
		if (words === 0) problems.push(`${name}: the section has no body text`);

		if (problems.length > 0) {
			throw new Error(`${problems.length} problem${problems.length > 1 ? 's' : ''} in ${name}:\n  ${problems.join('\n  ')}`);
		}

		const frontmatter = ((file.data.astro ??= {}) as { frontmatter?: Record<string, unknown> }).frontmatter ??= {};
		frontmatter.citedSources = cited;
		frontmatter.words = words;
		frontmatter.components = components;
	};
}

/** Text of the body, without footnote definitions or components. */
function bodyText(tree: Root): string {
	const parts: string[] = [];
	visit(tree, (node) => {
		if (node.type === 'footnoteDefinition' || node.type === 'yaml' || node.type.startsWith('mdxjs')) return SKIP;
		if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') return SKIP;
		if (node.type === 'paragraph' || node.type === 'heading' || node.type === 'tableCell') {
			parts.push(toString(node));
			return SKIP;
		}
	});
	return parts.join('\n');
}

type JsxNode = MdxJsxFlowElement | MdxJsxTextElement;
type Report = (node: JsxNode, message: string) => void;
interface ComponentSpec {
	attributes: Record<string, (value: string, data: BriefingData) => string | undefined>;
	required?: string[];
}

/** The components a section may use, with a check for each attribute. */
const COMPONENTS: Record<string, ComponentSpec> = {
	Quote: {
		attributes: { id: (id, data) => (data.quotes.has(id) ? undefined : `unknown quote id "${id}"; add it to quotes.yaml or fix the id`) },
		required: ['id'],
	},
	Timeline: {
		attributes: {
			from: (date) => (isPartialDate(date) ? undefined : `from="${date}" is not a date written YYYY-MM-DD, YYYY-MM or YYYY`),
			to: (date) => (isPartialDate(date) ? undefined : `to="${date}" is not a date written YYYY-MM-DD, YYYY-MM or YYYY`),
		},
	},
	AllianceMap: { attributes: {} },
	AfterNote: {
		attributes: { date: (date) => (isPartialDate(date) ? undefined : `date="${date}" is not a date written YYYY-MM-DD`) },
		required: ['date'],
	},
};

function checkComponents(tree: Root, data: BriefingData, report: Report): string[] {
	const used = new Set<string>();
	visit(tree, ['mdxJsxFlowElement', 'mdxJsxTextElement'], (node) => {
		const element = node as JsxNode;
		if (!element.name) return;
		const spec = COMPONENTS[element.name];
		used.add(element.name);
		if (!spec) {
			report(element, `unknown component <${element.name}>; sections may use ${Object.keys(COMPONENTS).map((c) => `<${c}>`).join(', ')}`);
			return;
		}
		const given = new Set<string>();
		for (const attribute of element.attributes) {
			if (attribute.type !== 'mdxJsxAttribute') {
				report(element, `<${element.name}> takes plain attributes, not {…} spreads`);
				continue;
			}
			given.add(attribute.name);
			const check = spec.attributes[attribute.name];
			if (!check) {
				report(element, `<${element.name}> has no attribute "${attribute.name}"; it takes ${Object.keys(spec.attributes).join(', ') || 'none'}`);
			} else if (typeof attribute.value !== 'string') {
				report(element, `<${element.name} ${attribute.name}> must be a quoted string`);
			} else {
				const problem = check(attribute.value, data);
				if (problem) report(element, problem);
			}
		}
		for (const required of spec.required ?? []) {
			if (!given.has(required)) report(element, `<${element.name}> needs a ${required}="…" attribute`);
		}
	});
	return [...used].sort();
}
