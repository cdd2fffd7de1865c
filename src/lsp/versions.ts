/**
 * Versions in the editor: hover adds the libvirt release that introduced an element, attribute or
 * value (with the table's one-line description), and completion shows it next to each item; with a
 * target set, what the target cannot run is marked (struck through, sorted last) and hover says so.
 * Kept apart from hover.ts and completion.ts, which call in with one line each.
 */
import { type CompletionItem, CompletionItemKind, CompletionItemTag, type Hover, MarkupKind } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { keyOfGrammarPath } from '../targets/document-keys.js';
import { blockedTargets, TARGET_RULE_DOCS, TARGET_RULE_ID } from '../targets/check.js';
import type { LadderBound } from '../targets/ladder.js';
import { bindingTargets, type Target } from '../targets/target.js';
import { bundledVersionTable, type ResolvedEntry, type VersionTable } from '../targets/version-table.js';
import { cursorContext, type ScannedElement } from './context.js';
import { grammarName, grammarPath, namespaceScope } from './grammar-names.js';

/** The table, or undefined when it cannot be read (the lint reports that; the editor just goes without). */
function table(): VersionTable | undefined {
  try {
    return bundledVersionTable();
  } catch {
    return undefined;
  }
}

const elementKey = (chain: readonly ScannedElement[]): string => keyOfGrammarPath(grammarPath(chain));

function attributeKey(chain: readonly ScannedElement[], attribute: string): string {
  // Unprefixed attributes are in no namespace, whatever the default namespace.
  const name = attribute.includes(':') ? grammarName(attribute, namespaceScope(chain)) : attribute;
  return `${elementKey(chain)}/@${keyOfGrammarPath([name])}`;
}

/**
 * What is known of an item: the table's entry (release, description, QEMU) and, where the entry
 * gives no release, the ladder's bound from libvirt's own schemas.
 */
interface Facts {
  readonly entry?: ResolvedEntry;
  readonly bound?: LadderBound;
}

function factsOf(t: VersionTable, key: string): Facts | undefined {
  const entry = t.entry(key);
  const bound = t.bound(key);
  if (!entry && !bound) return undefined;
  return { ...(entry ? { entry } : {}), ...(bound ? { bound } : {}) };
}

/** What a target cannot run of an item, in words ("libvirt 0.9.2"), or undefined when it can. */
function blockedBy(f: Facts, targets: readonly Target[] | undefined): string | undefined {
  if (!targets || targets.length === 0) return undefined;
  const binding = bindingTargets(targets);
  const libvirt = binding.get('libvirt');
  const qemu = binding.get('qemu');
  const blocked = blockedTargets(f.entry, () => f.bound, libvirt, qemu);
  const out: string[] = [];
  if (blocked.libvirt && libvirt) out.push(`libvirt ${libvirt.version}`);
  if (blocked.qemu && qemu) out.push(`QEMU ${qemu.version}`);
  return out.length > 0 ? out.join(' and ') : undefined;
}

/** The libvirt part of an item's requirement, in words: the documented release, else the ladder's bound. */
function libvirtNeed(f: Facts): string {
  if (f.entry?.since) return `libvirt ≥ ${f.entry.since}`;
  const b = f.bound;
  if (b?.by) return `libvirt ≤ ${b.by} (in its schema${b.after ? `; not in ${b.after}'s` : ''})`;
  if (b?.after) return `newer than libvirt ${b.after} (not in its schema)`;
  return 'libvirt release not documented';
}

const needs = (f: Facts): string => `${libvirtNeed(f)}${f.entry?.qemu ? `, QEMU ≥ ${f.entry.qemu}` : ''}`;

/** The hover lines for one item (`label` names a value when the facts are the value's own). */
function entryLines(f: Facts, targets: readonly Target[] | undefined, label?: string): string[] {
  const lines = [`${label ? `${label}: ` : ''}**${needs(f)}**${f.entry ? ` — ${f.entry.description}` : ''}`];
  const blocked = blockedBy(f, targets);
  if (blocked) lines.push('', `⚠ The target ${blocked} cannot run this ([\`${TARGET_RULE_ID}\`](${TARGET_RULE_DOCS})).`);
  return lines;
}

/** The version section for the item under the cursor, or [] when the table does not know it. */
export function versionHoverLines(text: string, offset: number, targets?: readonly Target[]): string[] {
  const t = table();
  if (!t) return [];
  let ctx = cursorContext(text, offset);
  if (ctx.kind === 'attribute-name' && !ctx.name) ctx = cursorContext(text, offset + 1);
  if (ctx.kind === 'element-name') {
    const e = factsOf(t, elementKey([...ctx.path, ctx.element]));
    return e ? entryLines(e, targets) : [];
  }
  if (ctx.kind === 'end-tag') {
    const name = text.slice(ctx.span.start, ctx.span.end);
    const at = ctx.path.map((x) => x.name).lastIndexOf(name);
    const e = at >= 0 ? factsOf(t, elementKey(ctx.path.slice(0, at + 1))) : undefined;
    return e ? entryLines(e, targets) : [];
  }
  if (ctx.kind === 'attribute-name' && ctx.name) {
    const e = factsOf(t, attributeKey(ctx.path, ctx.name));
    return e ? entryLines(e, targets) : [];
  }
  if (ctx.kind === 'attribute-value') {
    const key = attributeKey(ctx.path, ctx.attribute);
    const attr = factsOf(t, key);
    const value = ctx.value ? factsOf(t, `${key}=${ctx.value}`) : undefined;
    const lines = attr ? entryLines(attr, targets) : [];
    // A value with facts of its own (its own entry, or a bound other than the attribute's).
    const own = value && (value.entry ? value.entry !== attr?.entry : value.bound !== attr?.bound);
    if (value && own) lines.push('', ...entryLines(value, targets, `\`'${ctx.value}'\``));
    return lines;
  }
  return [];
}

/** Adds the version section to a grammar hover (the one-line hook in hover.ts). */
export function withVersionHover(h: Hover | null, doc: TextDocument, offset: number, targets?: readonly Target[]): Hover | null {
  if (!h || typeof h.contents !== 'object' || !('kind' in h.contents) || h.contents.kind !== MarkupKind.Markdown) return h;
  const lines = versionHoverLines(doc.getText(), offset, targets);
  if (lines.length === 0) return h;
  return { ...h, contents: { kind: MarkupKind.Markdown, value: [h.contents.value, '', ...lines].join('\n') } };
}

/** The table key a completion item would write at the cursor, or undefined (end tags, unknown contexts). */
function completionKey(item: CompletionItem, ctx: ReturnType<typeof cursorContext>): string | undefined {
  switch (ctx.kind) {
    case 'element-name':
      return keyOfGrammarPath([...grammarPath(ctx.path), grammarName(item.label, namespaceScope(ctx.path))]);
    case 'content':
      if (item.kind === CompletionItemKind.EnumMember) return `${elementKey(ctx.path)}=${item.label}`;
      return keyOfGrammarPath([...grammarPath(ctx.path), grammarName(item.label, namespaceScope(ctx.path))]);
    case 'attribute-name':
      return attributeKey(ctx.path, item.label);
    case 'attribute-value':
      return `${attributeKey(ctx.path, ctx.attribute)}=${item.label}`;
    default:
      return undefined;
  }
}

/**
 * Shows each item's libvirt version next to its label (labelDetails, LSP 3.17; the grammar's detail
 * is left as it is); with targets, an item the target cannot run is tagged deprecated (editors
 * strike it through), says which target in its label details, and sorts last.
 * The one-line hook in completion.ts.
 */
export function withVersionCompletions(items: CompletionItem[], doc: TextDocument, offset: number, targets?: readonly Target[]): CompletionItem[] {
  const t = table();
  if (!t || items.length === 0) return items;
  const ctx = cursorContext(doc.getText(), offset);
  return items.map((item) => {
    const key = completionKey(item, ctx);
    const e = key ? factsOf(t, key) : undefined;
    if (!e) return item;
    const blocked = blockedBy(e, targets);
    const version = libvirtNeed(e);
    return {
      ...item,
      labelDetails: { description: blocked ? `${version}, not on ${blocked}` : version },
      ...(blocked ? { tags: [CompletionItemTag.Deprecated], sortText: `9${item.sortText ?? item.label}` } : {}),
    };
  });
}
