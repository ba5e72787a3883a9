// Registers the MDX node types (ESM, expressions) with mdast's types.
import type {} from 'mdast-util-mdx';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import type { MdastPluginDefinition, MdastVisitorContext } from 'satteri';
import { readBriefingData } from './briefing-data.ts';
import { factsOf, perDocument } from './document-state.ts';
import { COMPONENTS, componentList, enclosingComponents, textAttribute } from './components.ts';
import { EXPRESSION } from './mdx-syntax.ts';
import { report } from './problems.ts';

type JsxElement = MdxJsxFlowElement | MdxJsxTextElement;

/**
 * MDX as a closed language: a section holds prose, GFM, footnotes and the
 * components in components.ts with their attributes, and nothing a reviewer
 * would not expect of prose. MDX can import and export modules and evaluate
 * JavaScript anywhere in braces; all of that runs at build time or lands in
 * the page, so it is refused here, as is raw HTML, each with where and how
 * to write it instead. So is a Markdown `>` block quotation, which names
 * neither speaker nor source: a quotation set apart is a <Quote>. Leaves
 * the components used among the page's facts as `components`, for the figures'
 * styles, the dates of its notes after the briefing as `afterNotes`, for
 * the publication's checks, and its quotations with their lines as `quoted`,
 * for the cross-checks (a <Quote>'s source cited by a note of the page).
 */
export function remarkClosedMdx(options: { content: URL }): MdastPluginDefinition {
	const state = perDocument(() => ({ data: readBriefingData(options.content), used: new Set<string>(), afterNotes: [] as string[], quoted: [] as [string, number][] }));
	const element = (node: Readonly<JsxElement>, ctx: MdastVisitorContext) => {
		const { data, used, afterNotes, quoted } = state(ctx);
		const enclosing = enclosingComponents(node, ctx);
		const afterNote = enclosing.find((c) => c.name === 'AfterNote');
		// The components it sits in, outermost first, and the date of the note it is in.
		checkElement(node, ctx, data, used, enclosing.map((c) => c.name!).reverse(), afterNote && textAttribute(afterNote, 'date'));
		if (node.name === 'AfterNote') afterNotes.push(textAttribute(node, 'date') ?? '');
		const quote = node.name === 'Quote' ? textAttribute(node, 'id') : undefined;
		if (quote) quoted.push([quote, node.position?.start.line ?? 0]);
	};
	return {
		name: 'briefing-closed-mdx',
		options: { position: true },
		mdxjsEsm(node, ctx) {
			report(ctx, node, 'import and export are not allowed: a section is prose; the components it may use need no import');
		},
		mdxFlowExpression(node, ctx) {
			report(ctx, node, EXPRESSION);
		},
		mdxTextExpression(node, ctx) {
			report(ctx, node, EXPRESSION);
		},
		blockquote(node, ctx) {
			report(ctx, node, 'a Markdown “>” block quotation is not allowed: it names neither speaker nor source. Quote inline in “…” with the speaker in the sentence and the source in a note, or add the quotation to content/quotes.yaml and set it apart with <Quote id="…" />');
		},
		mdxJsxFlowElement: element,
		mdxJsxTextElement: element,
		after(_, ctx) {
			const { used, afterNotes, quoted } = state(ctx);
			const facts = factsOf(ctx);
			facts.components = [...used].sort();
			facts.afterNotes = afterNotes;
			// The quotations set apart, each with its line, whose sources the page's notes must cite (data/references.ts).
			facts.quoted = quoted;
			state.forget(ctx);
		},
	};
}

function checkElement(element: Readonly<JsxElement>, ctx: MdastVisitorContext, data: ReturnType<typeof readBriefingData>, used: Set<string>, ancestors: string[], noteDate?: string) {
	const name = element.name;
	if (!name) return report(ctx, element, 'a fragment <>…</> is not allowed: write the prose without it');
	if (/^[a-z]/.test(name)) return report(ctx, element, `raw HTML <${name}> is not allowed: write Markdown (a table, emphasis, a link) or use one of ${componentList()}`);
	const spec = COMPONENTS[name];
	if (!spec) return report(ctx, element, `unknown component <${name}>; sections may use ${componentList()}`);
	used.add(name);
	// Every component is a block (a figure, a note): inside a sentence it would split the paragraph around it, and the
	// EPUB's XHTML would hold a figure in a paragraph.
	if (element.type === 'mdxJsxTextElement') {
		const write = spec.children ? `<${name} …> on a line of its own, then its text, then </${name}>` : `<${name} … />`;
		report(ctx, element, `<${name}> stands on its own line, between paragraphs, not inside a sentence: end the sentence, leave a blank line, then write ${write}`);
	}
	const given: Record<string, string> = {};
	let valid = true;
	// An attribute in braces is reported once, as such: not again as missing, which it may not be.
	let unread = false;
	for (const attribute of element.attributes) {
		if (attribute.type === 'mdxJsxExpressionAttribute') {
			report(ctx, element, `<${name}> takes plain attributes, not a {…} spread`);
			valid = false;
			unread = true;
			continue;
		}
		const check = spec.attributes[attribute.name];
		if (!check) {
			report(ctx, element, `<${name}> has no attribute "${attribute.name}"; it takes ${Object.keys(spec.attributes).join(', ') || 'none'}`);
			valid = false;
		} else if (typeof attribute.value !== 'string') {
			report(ctx, element, `<${name} ${attribute.name}> must be a quoted string, not a {…} expression`);
			valid = false;
			given[attribute.name] = '';
		} else {
			given[attribute.name] = attribute.value;
			const problem = check(attribute.value, data);
			if (problem) {
				report(ctx, element, `<${name}>: ${problem}`);
				valid = false;
			}
		}
	}
	for (const required of unread ? [] : (spec.required ?? [])) {
		if (!(required in given)) {
			report(ctx, element, `<${name}> needs ${/^[aeiou]/.test(required) ? 'an' : 'a'} ${required}="…" attribute`);
			valid = false;
		}
	}
	if (valid && spec.validate) {
		const problem = spec.validate(given, data, ancestors, noteDate);
		if (problem) report(ctx, element, `<${name}>: ${problem}`);
	}
	if (!spec.children && element.children.length > 0) report(ctx, element, `<${name}> holds no text: write it as <${name} … />`);
}
