/**
 * Completion from the grammar: at the cursor, the child elements, attributes and attribute values
 * the grammar allows there. The cursor context comes from the tolerant scanner, the answers from
 * the grammar index (by the path of element names, so a disk's `<driver>` is not an interface's).
 */
import {
  type CompletionItem,
  CompletionItemKind,
  InsertTextFormat,
  type MarkupContent,
  MarkupKind,
  type Range as LspRange,
  type TextEdit as LspTextEdit,
} from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { ownEntry } from '../own-entry.js';
import type { AttributeInfo, ElementInfo, GrammarIndex, ValueSpec } from '../grammar/index.js';
import { type CursorContext, cursorContext } from './context.js';
import { grammarName, namespaceScope, typedAttributeName, typedName } from './grammar-names.js';
import { childSummary, engineChildrenAt, infosAt, type PlaceSummary, placeSummary, requiredGiven, ScanRecord, summaryAt } from './grammar-view.js';
import { markdownCode } from './markup.js';
import { withoutPresentSingletons } from './present-children.js';
import type { Target } from '../targets/target.js';
import { withVersionCompletions } from './versions.js';

export interface CompletionOptions {
  /** The client inserts snippets (`$1` tab stops, choices). */
  readonly snippets: boolean;
  /** The character whose typing asked for completion (undefined when the user asked). */
  readonly trigger?: string;
  /** Releases the document must run on: items they cannot run are marked (src/lsp/versions.ts). */
  readonly targets?: readonly Target[];
}

/** Where each trigger character is worth answering: a space in text content is just a space. */
const TRIGGER_CONTEXTS: Readonly<Record<string, CursorContext['kind']>> = {
  '<': 'element-name',
  '/': 'end-tag',
  ' ': 'attribute-name',
  '=': 'attribute-value',
  '"': 'attribute-value',
  "'": 'attribute-value',
};

/** The quote character the document mostly uses (libvirt writes single quotes; people often double). */
function preferredQuote(text: string): "'" | '"' {
  // The last document's answer: completion asks of one text at several places.
  if (text !== lastQuoted.text) lastQuoted = { text, quote: occurrences(text, '="') > occurrences(text, "='") ? '"' : "'" };
  return lastQuoted.quote;
}
let lastQuoted: { readonly text: string; readonly quote: "'" | '"' } = { text: '', quote: "'" };

/** How many times `needle` occurs in `text`, without overlaps (what splitting on it would count, less one). */
function occurrences(text: string, needle: string): number {
  let n = 0;
  for (let i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + needle.length)) n++;
  return n;
}

/** One line saying what values are accepted, e.g. "on | off" or "an unsigned integer". */
export function valueWords(spec: ValueSpec): string {
  const listed = spec.values.filter((v) => v !== '').map((v) => `'${v}'`);
  const parts = [...(listed.length > 0 ? [listed.join(' | ')] : []), ...spec.forms];
  return parts.join(', or ') || 'empty';
}

const markdown = (value: string): MarkupContent => ({ kind: MarkupKind.Markdown, value });

/** "required", "required with cssid", or "" (for an item's detail; `given`: the attributes written that make it required). */
function requiredWords(a: AttributeInfo, given: readonly string[] | undefined): string {
  if (a.required) return 'required';
  if (!given) return '';
  return given.length > 0 ? `required with ${given.join(', ')}` : 'required with the attributes written';
}

function attributeDoc(a: AttributeInfo, element: string, given: readonly string[] | undefined): MarkupContent {
  // `element` and `given` are names as written in the document: code spans they cannot close.
  const required = a.required ? ' (required)' : given ? ` (required with ${given.length > 0 ? given.map((g) => markdownCode(g)).join(', ') : 'the attributes written'})` : '';
  const lines = [`\`${a.name}\` on ${markdownCode(`<${element}>`)}${required}`, '', `Value: ${valueWords(a.value)}`];
  if (a.documentation) lines.push('', a.documentation);
  return markdown(lines.join('\n'));
}

export function elementDoc(summary: PlaceSummary, parent: string | undefined, required: boolean): MarkupContent {
  // `parent` is the name as written in the document: a code span it cannot close.
  const lines = [`\`<${summary.name}>\`${parent ? ` in ${markdownCode(`<${parent}>`)}` : ''}${required ? ' (required)' : ''}`];
  if (summary.documentation) lines.push('', summary.documentation);
  if (summary.attributes.length > 0) lines.push('', `Attributes: ${summary.attributes.map((a) => (a.required ? `**${a.name}**` : a.name)).join(', ')}`);
  if (summary.children.length > 0) lines.push('', `Children: ${summary.children.map((c) => (c.required ? `**${c.name}**` : c.name)).join(', ')}`);
  if (summary.text) lines.push('', `Text: ${valueWords(summary.text)}`);
  return markdown(lines.join('\n'));
}

/** Escapes text for a snippet (and for a snippet choice when `choice`). */
function snippetEscape(s: string, choice = false): string {
  return s.replace(choice ? /[$}\\,|]/g : /[$}\\]/g, (c) => `\\${c}`);
}

/** Completion items at `offset` of `doc`, in the order to show them; empty where the grammar has nothing to say. */
export function completions(doc: TextDocument, offset: number, index: GrammarIndex, options: CompletionOptions): CompletionItem[] {
  // Clients sort by sortText; ordering the list too helps those that show it as sent.
  return withVersionCompletions(itemsAt(doc, offset, index, options), doc, offset, options.targets).sort((a, b) => (a.sortText ?? a.label).localeCompare(b.sortText ?? b.label));
}

function itemsAt(doc: TextDocument, offset: number, index: GrammarIndex, options: CompletionOptions): CompletionItem[] {
  const text = doc.getText();
  // What the scan sees before the cursor is kept for the engine (childElements): one scan, not two.
  const seen = new ScanRecord();
  const ctx = cursorContext(text, offset, seen);
  const wanted = options.trigger !== undefined ? ownEntry(TRIGGER_CONTEXTS, options.trigger) : undefined;
  if (wanted !== undefined && ctx.kind !== wanted) return [];
  const range = (start: number, end: number): LspRange => ({ start: doc.positionAt(start), end: doc.positionAt(end) });
  switch (ctx.kind) {
    case 'element-name':
      return withoutPresentSingletons(
        childElements(ctx, index, text, seen, infosOf(index, ctx), (name, _empty, required) => {
          const edit = (newText: string): LspTextEdit => ({ range: range(ctx.span.start, ctx.span.end), newText });
          // A tag with nothing written after its name yet gets the attributes the element requires.
          if (!options.snippets || ctx.element.attributes.size > 0 || required === undefined) return { textEdit: edit(name) };
          return { textEdit: edit(`${snippetEscape(name)}${required.text}$0`), insertTextFormat: InsertTextFormat.Snippet };
        }),
        text,
        ctx,
        index,
      );
    case 'content': {
      const infos = infosOf(index, ctx);
      return withoutPresentSingletons([
        ...textValues(ctx, infos, offset, range),
        ...childElements(ctx, index, text, seen, infos, (name, empty, required) => {
          if (!options.snippets) return { insertText: empty ? `<${name}/>` : `<${name}>` };
          // The name is escaped for the snippet: a prefix is the document's, and `$CLIPBOARD` in it would insert the clipboard.
          // The attributes the element requires come first, then a tab stop for more, then its content.
          const open = `<${snippetEscape(name)}${required?.text ?? ''}$${required?.next ?? 1}`;
          return { insertText: empty ? `${open}/>$0` : `${open}>$0</${snippetEscape(name)}>`, insertTextFormat: InsertTextFormat.Snippet };
        }),
      ], text, ctx, index);
    }
    case 'attribute-name':
      return attributes(ctx, index, text, options, range(ctx.span.start, ctx.span.end));
    case 'attribute-value':
      return attributeValues(ctx, index, text, offset, range);
    case 'end-tag': {
      const open = ctx.path[ctx.path.length - 1];
      if (!open) return [];
      const close = text[ctx.span.end] === '>' ? '' : '>';
      return [{ label: open.name, kind: CompletionItemKind.Class, detail: `close <${open.name}>`, textEdit: { range: range(ctx.span.start, ctx.span.end), newText: `${open.name}${close}` } }];
    }
    default:
      return [];
  }
}

type Ctx<K extends CursorContext['kind']> = Extract<CursorContext, { kind: K }>;

/** The patterns of the element whose content holds the cursor (none at the document element). */
function infosOf(index: GrammarIndex, ctx: Ctx<'element-name' | 'content'>): readonly ElementInfo[] {
  return ctx.path.length > 0 ? infosAt(index, ctx.path) : [];
}

/** Required attributes as snippet text (` type='${1|a,b|}' name='$2'`), and the tab stop after them. */
interface RequiredSnippet {
  readonly text: string;
  readonly next: number;
}

/** An attribute's value in a snippet: a choice when the grammar lists every value, else an empty tab stop. */
function valueSnippet(a: AttributeInfo, stop: number): string {
  const values = a.value.values.filter((v) => v !== '');
  return values.length > 0 && a.value.forms.length === 0 ? `\${${stop}|${values.map((v) => snippetEscape(v, true)).join(',')}|}` : `$${stop}`;
}

/**
 * The attributes every pattern of an element at its place requires (the place narrowed by what its
 * ancestors have written: a `<source>` in a `<disk type='network'>` needs `protocol`), for a snippet;
 * undefined when it requires none, or one the document gives no prefix for.
 */
function requiredSnippet(required: readonly AttributeInfo[], scope: ReadonlyMap<string, string>, quoteOf: () => string): RequiredSnippet | undefined {
  if (required.length === 0) return undefined;
  const quote = quoteOf();
  let text = '';
  for (const [i, a] of required.entries()) {
    const typed = typedAttributeName(a.name, scope);
    if (!typed) return undefined;
    text += ` ${snippetEscape(typed)}=${quote}${valueSnippet(a, i + 1)}${quote}`;
  }
  return { text, next: required.length + 1 };
}

/**
 * What a child element's item takes from its summary, kept per summary (and so per grammar index
 * and element patterns: childSummary keeps one per list of patterns): whether it must be empty, the
 * attributes it requires, and its documentation by the parent's name as written and whether it is required.
 */
interface ChildFacts {
  readonly empty: boolean;
  readonly required: readonly AttributeInfo[];
  readonly docs: Map<string, MarkupContent>;
  /** requiredSnippet by quote, when no required attribute has a namespace (then no prefix of the document's is in it). */
  readonly snippets: Map<string, RequiredSnippet | undefined>;
}
const childFacts = new WeakMap<PlaceSummary, ChildFacts>();
/** Most documentations kept per child summary (one per parent name as written and required or not: a few in practice). */
const MAX_CHILD_DOCS = 16;

function factsOf(summary: PlaceSummary): ChildFacts {
  let out = childFacts.get(summary);
  if (!out) {
    const empty = summary.children.length === 0 && !summary.anyElement && summary.text === undefined;
    childFacts.set(summary, (out = { empty, required: summary.attributes.filter((a) => a.required), docs: new Map(), snippets: new Map() }));
  }
  return out;
}

function childDoc(facts: ChildFacts, summary: PlaceSummary, parent: string | undefined, required: boolean): MarkupContent {
  const key = `${required ? 1 : 0}${parent ?? ''}`;
  let doc = facts.docs.get(key);
  if (!doc) {
    if (facts.docs.size >= MAX_CHILD_DOCS) facts.docs.clear();
    facts.docs.set(key, (doc = elementDoc(summary, parent, required)));
  }
  return doc;
}

function childSnippet(facts: ChildFacts, scope: ReadonlyMap<string, string>, quoteOf: () => string): RequiredSnippet | undefined {
  if (facts.required.length === 0) return undefined;
  if (facts.required.some((a) => a.name.startsWith('{'))) return requiredSnippet(facts.required, scope, quoteOf);
  const quote = quoteOf();
  if (!facts.snippets.has(quote)) facts.snippets.set(quote, requiredSnippet(facts.required, scope, () => quote));
  return facts.snippets.get(quote);
}

function childElements(
  ctx: Ctx<'element-name' | 'content'>,
  index: GrammarIndex,
  text: string,
  seen: ScanRecord,
  parentInfos: readonly ElementInfo[],
  insert: (typed: string, empty: boolean, required: RequiredSnippet | undefined) => Partial<CompletionItem>,
): CompletionItem[] {
  const scope = namespaceScope(ctx.path);
  let children: readonly { name: string; required: boolean }[];
  if (ctx.path.length === 0) {
    // The document element: what the grammar starts with.
    children = index.rootPatterns().flatMap((p) => index.info(p).names.map((name) => ({ name, required: true })));
  } else {
    const parent = placeSummary('', parentInfos);
    if (!parent) return [];
    children = parent.children;
    // What may still come after the siblings already written, by the engine (derivative of the
    // document prefix); the index supplies what each one is (required, empty, documentation).
    const allowed = engineChildrenAt(text, seen, index);
    const next = allowed ? children.filter((c) => allowed.has(c.name)) : [];
    if (next.length > 0) children = next;
  }
  const parentName = ctx.path[ctx.path.length - 1]?.name;
  let quote: string | undefined;
  const quoteOf = (): string => (quote ??= preferredQuote(text));
  return children.flatMap((c, i) => {
    const typed = typedName(c.name, scope);
    if (!typed) return [];
    const summary = childSummary(index, parentInfos, c.name);
    const facts = summary && factsOf(summary);
    const item: CompletionItem = {
      label: typed,
      kind: CompletionItemKind.Class,
      detail: c.required ? 'element (required)' : 'element',
      sortText: `${c.required ? 0 : 1}${String(i).padStart(4, '0')}`,
      ...(summary && facts ? { documentation: childDoc(facts, summary, parentName, c.required) } : {}),
      ...insert(typed, facts?.empty ?? false, facts && childSnippet(facts, scope, quoteOf)),
    };
    return [item];
  });
}

function textValues(ctx: Ctx<'content'>, infos: readonly ElementInfo[], offset: number, range: (s: number, e: number) => LspRange): CompletionItem[] {
  const last = ctx.path[ctx.path.length - 1];
  const summary = last && placeSummary(grammarName(last.name, namespaceScope(ctx.path)), infos);
  const values = summary?.text?.values.filter((v) => v !== '') ?? [];
  return values.map((v, i) => ({
    label: v,
    kind: CompletionItemKind.EnumMember,
    detail: `text of <${summary?.name}>`,
    sortText: `0${String(i).padStart(4, '0')}`,
    textEdit: { range: range(offset, offset), newText: v },
  }));
}

function attributes(ctx: Ctx<'attribute-name'>, index: GrammarIndex, text: string, options: CompletionOptions, range: LspRange): CompletionItem[] {
  const el = ctx.path[ctx.path.length - 1];
  if (!el) return [];
  // The attribute being typed does not narrow the grammar: it is what is being chosen.
  const summary = summaryAt(index, ctx.path, ctx.name || undefined);
  if (!summary) return [];
  const scope = namespaceScope(ctx.path);
  const quote = preferredQuote(text);
  // Editing the name of an attribute that already has `=`: replace the name only.
  const hasValue = /^\s*=/.test(text.slice(ctx.span.end, ctx.span.end + 64));
  // What the attributes already written make required (a `cssid` on a ccw <address> needs `ssid` and `devno`).
  const given = requiredGiven(index, summary, el, scope, ctx.name || undefined);
  return summary.attributes.flatMap((a, i) => {
    const typed = typedAttributeName(a.name, scope);
    if (!typed || (el.attributes.has(typed) && typed !== ctx.name)) return [];
    const requiredWith = given.get(a.name);
    const required = requiredWords(a, requiredWith);
    let newText = typed;
    let format: InsertTextFormat = InsertTextFormat.PlainText;
    if (!hasValue) {
      if (options.snippets) {
        format = InsertTextFormat.Snippet;
        newText = `${snippetEscape(typed)}=${quote}${valueSnippet(a, 1)}${quote}$0`;
      } else {
        newText = `${typed}=${quote}${quote}`;
      }
    }
    const item: CompletionItem = {
      label: typed,
      kind: CompletionItemKind.Field,
      detail: `${required ? `${required}; ` : ''}${valueWords(a.value)}`,
      documentation: attributeDoc(a, el.name, requiredWith),
      sortText: `${required ? 0 : 1}${String(i).padStart(4, '0')}`,
      textEdit: { range, newText },
      insertTextFormat: format,
    };
    return [item];
  });
}

function attributeValues(
  ctx: Ctx<'attribute-value'>,
  index: GrammarIndex,
  text: string,
  offset: number,
  range: (s: number, e: number) => LspRange,
): CompletionItem[] {
  const summary = summaryAt(index, ctx.path, ctx.attribute);
  const wanted = typedNameToGrammar(ctx.attribute, ctx.path);
  const a = summary?.attributes.find((x) => x.name === wanted);
  if (!a) return [];
  // A closed value is replaced whole; an unclosed one (still being typed) up to the cursor only.
  const closed = ctx.quote !== undefined && text[ctx.span.end] === ctx.quote;
  const end = closed ? ctx.span.end : Math.max(offset, ctx.span.start);
  const quote = ctx.quote === undefined ? preferredQuote(text) : '';
  return a.value.values
    .filter((v) => v !== '')
    .map((v, i) => ({
      label: v,
      kind: CompletionItemKind.EnumMember,
      detail: `${ctx.attribute} on <${ctx.path[ctx.path.length - 1]?.name}>`,
      sortText: String(i).padStart(4, '0'),
      // With no quote typed yet the value brings its quotes; `filterText` keeps matching on the bare value.
      textEdit: { range: range(ctx.span.start, end), newText: `${quote}${v}${quote}` },
      ...(quote ? { filterText: v } : {}),
    }));
}

/** The grammar name of an attribute as typed (unprefixed attributes are in no namespace, whatever the default). */
function typedNameToGrammar(attribute: string, path: Ctx<'attribute-value'>['path']): string {
  const i = attribute.indexOf(':');
  if (i < 0) return attribute;
  const ns = namespaceScope(path).get(attribute.slice(0, i));
  return ns ? `{${ns}}${attribute.slice(i + 1)}` : attribute;
}
