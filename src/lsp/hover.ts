/**
 * Hover on an element or attribute name (or an attribute value): what the grammar says it is, the
 * values it takes, and the rules that concern it, linked to their documentation.
 */
import { type Hover, MarkupKind } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { GrammarIndex } from '../grammar/index.js';
import type { RuleSetting } from '../linter/lint.js';
import type { Rule } from '../rule.js';
import { cursorContext, type ScannedElement } from './context.js';
import { elementDoc, valueWords } from './completion.js';
import { grammarName, grammarPath, namespaceScope } from './grammar-names.js';
import { summaryAt } from './grammar-view.js';
import { markdownCode, markdownEscape, markdownQuote } from './markup.js';
import { withPolicyRule } from './policy-topics.js';
import { rulesConcerning, type Topic } from './rule-topics.js';
import type { Target } from '../targets/target.js';
import { withVersionHover } from './versions.js';

/** At most this many rules are listed; the rest are counted (a disk's `<target bus>` concerns nine since the umbrella rules were split). */
const MAX_RULES = 10;

function rulesSection(rules: readonly Rule[]): string[] {
  if (rules.length === 0) return [];
  const shown = rules.slice(0, MAX_RULES).map((r) => `- ${r.meta.docs ? `[\`${r.meta.id}\`](${r.meta.docs})` : `\`${r.meta.id}\``}: ${markdownEscape(r.meta.description)}`);
  if (rules.length > MAX_RULES) shown.push(`- … and ${rules.length - MAX_RULES} more`);
  return ['', 'Rules:', ...shown];
}

/** The elements a grammar allows under `<devices>`, one set per grammar index. */
const deviceNamesByIndex = new WeakMap<GrammarIndex, ReadonlySet<string>>();

/**
 * The elements `index` allows under `<devices>`. The same set each time: attribute-topics.ts keeps
 * its reading of each rule per set, and a new set per hover read all ~120 rules' descriptions again
 * (~4 ms of a hover's ~5 on a domain).
 */
function devicesOf(index: GrammarIndex): ReadonlySet<string> {
  let names = deviceNamesByIndex.get(index);
  if (!names) {
    names = new Set(index.describe(['domain', 'devices'])?.children.map((c) => c.name) ?? []);
    deviceNamesByIndex.set(index, names);
  }
  return names;
}

/**
 * Hover with the version section of the item (src/lsp/versions.ts) added to the grammar's answer.
 * `settings`: the document's rule settings, so that configured policies are linked to what they select.
 */
export function hover(doc: TextDocument, offset: number, index: GrammarIndex, rules: readonly Rule[], settings?: Readonly<Record<string, RuleSetting>>, targets?: readonly Target[]): Hover | null {
  return withVersionHover(grammarHover(doc, offset, index, rules, settings), doc, offset, targets);
}

function grammarHover(doc: TextDocument, offset: number, index: GrammarIndex, rules: readonly Rule[], settings?: Readonly<Record<string, RuleSetting>>): Hover | null {
  const text = doc.getText();
  let ctx = cursorContext(text, offset);
  // On the first character of an attribute name the cursor is still "before" it: look one further.
  if (ctx.kind === 'attribute-name' && !ctx.name) ctx = cursorContext(text, offset + 1);
  const deviceNames = devicesOf(index);
  const range = (start: number, end: number) => ({ start: doc.positionAt(start), end: doc.positionAt(end) });
  const concerning = (topic: Topic): readonly Rule[] => withPolicyRule(rulesConcerning(topic, rules, deviceNames), topic, rules, settings);

  if (ctx.kind === 'element-name' || ctx.kind === 'end-tag') {
    const name = text.slice(ctx.span.start, ctx.span.end);
    if (!name) return null;
    // For an end tag, the element closed is the innermost open one of that name.
    let chain: readonly ScannedElement[];
    if (ctx.kind === 'end-tag') {
      const at = ctx.path.map((e) => e.name).lastIndexOf(name);
      if (at < 0) return null;
      chain = ctx.path.slice(0, at + 1);
    } else {
      chain = [...ctx.path, ctx.element];
    }
    const path = grammarPath(chain);
    const summary = summaryAt(index, chain);
    if (!summary) return null;
    const required = chain.length > 1 && (summaryAt(index, chain.slice(0, -1))?.children.find((c) => c.name === summary.name)?.required ?? false);
    const related = concerning({ path });
    const body = [elementDoc(summary, chain[chain.length - 2]?.name, required).value, ...rulesSection(related)];
    return { contents: { kind: MarkupKind.Markdown, value: body.join('\n') }, range: range(ctx.span.start, ctx.span.end) };
  }

  if (ctx.kind === 'attribute-name' || ctx.kind === 'attribute-value') {
    const attribute = ctx.kind === 'attribute-name' ? ctx.name : ctx.attribute;
    if (!attribute) return null;
    const path = grammarPath(ctx.path);
    // Its own value does not narrow the grammar: hover lists every value allowed here.
    const summary = summaryAt(index, ctx.path, attribute);
    const scope = namespaceScope(ctx.path);
    const wanted = attribute.includes(':') ? grammarName(attribute, scope) : attribute;
    const info = summary?.attributes.find((a) => a.name === wanted);
    if (!summary || !info) return null;
    const element = ctx.path[ctx.path.length - 1]?.name ?? summary.name;
    const parent = ctx.path[ctx.path.length - 2]?.name;
    // The names as written in the document (a prefix is the document's choice): code spans it cannot close.
    const lines = [
      `${markdownCode(attribute)} attribute of ${markdownCode(`<${element}>`)}${parent ? ` in ${markdownCode(`<${parent}>`)}` : ''}${info.required ? ' (required)' : ''}`,
      '',
      `Value: ${valueWords(info.value)}`,
    ];
    if (ctx.kind === 'attribute-value' && info.value.forms.length === 0 && info.value.values.length > 0 && !info.value.values.includes(ctx.value)) {
      // The value is the document's: literal text, never a link, an image to fetch or a new block.
      lines.push('', `${markdownQuote(ctx.value)} is not one of the values the grammar allows here.`);
    }
    if (info.documentation) lines.push('', info.documentation);
    lines.push(...rulesSection(concerning({ path, attribute })));
    return { contents: { kind: MarkupKind.Markdown, value: lines.join('\n') }, range: range(ctx.span.start, ctx.span.end) };
  }
  return null;
}
