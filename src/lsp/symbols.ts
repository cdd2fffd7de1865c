/**
 * Document symbols (the editor's outline): the root element named by its `<name>`, its sections,
 * and under `<devices>` every device by kind and what tells it apart from its siblings (a disk's
 * target, an interface's MAC or network, a controller's type and index). Deeper elements are left
 * out: an outline of every `<address>` would bury the devices it is meant to find.
 *
 * Built from the real parser's tree, so a document that is not well-formed has no outline until it
 * is again (the editor keeps showing the last one). The outline is three levels deep whatever the
 * document's depth, and holds at most `MAX_SYMBOLS` symbols.
 */
import { type DocumentSymbol, SymbolKind } from 'vscode-languageserver';
import type { XmlElement } from '../xml/tree.js';
import { clipped } from '../quote-long.js';
import { attr, child } from '../xml/tree.js';
import { type ParseLimits, type ParsedDocument, parseXml } from '../xml/parse.js';
import { toLspRange } from './convert.js';

/**
 * Most symbols in one outline. A libvirt document has a few dozen sections and rarely a few hundred
 * devices; a generated one with 100,000 devices would make an outline no editor can show usefully
 * and a response of many megabytes. Sections come first (all of them, up to the bound), then their
 * children in document order while room is left: a section after a huge `<devices>` is still listed.
 */
export const MAX_SYMBOLS = 5000;

/** Longest detail shown; file paths and descriptions can be long. */
const MAX_DETAIL = 80;

const clip = (s: string): string => clipped(s, MAX_DETAIL - 1, MAX_DETAIL);

/** The text of a child element, trimmed (`<name>vm1</name>` → "vm1"). */
const childText = (el: XmlElement, name: string): string | undefined => child(el, name)?.text.trim() || undefined;

const attrOf = (el: XmlElement | undefined, name: string): string | undefined => attr(el, name)?.value || undefined;

/** What tells a device apart from its siblings, most telling first; undefined when nothing does. */
export function deviceIdentity(el: XmlElement): string | undefined {
  const target = child(el, 'target');
  const source = child(el, 'source');
  const parts: (string | undefined)[] = [];
  switch (el.name) {
    case 'disk':
      parts.push(attrOf(target, 'dev'), attrOf(el, 'device'), attrOf(target, 'bus'));
      break;
    case 'interface':
      parts.push(attrOf(child(el, 'mac'), 'address'), attrOf(source, 'network') ?? attrOf(source, 'bridge') ?? attrOf(source, 'dev') ?? attrOf(el, 'type'), attrOf(child(el, 'model'), 'type'));
      break;
    case 'controller':
      parts.push(attrOf(el, 'type'), attrOf(el, 'index'), attrOf(el, 'model'));
      break;
    case 'filesystem':
      parts.push(attrOf(target, 'dir'));
      break;
    case 'hostdev':
      parts.push(attrOf(el, 'type'), attrOf(el, 'mode'));
      break;
    default:
      // Most devices are told apart by their type or model (graphics vnc, video virtio, serial pty).
      parts.push(attrOf(el, 'type') ?? attrOf(child(el, 'model'), 'type') ?? attrOf(el, 'model'), attrOf(target, 'port') ?? attrOf(target, 'name'));
  }
  const alias = attrOf(child(el, 'alias'), 'name');
  const shown = parts.filter((p): p is string => Boolean(p));
  if (alias) shown.push(`alias ${alias}`);
  return shown.length > 0 ? shown.join(' ') : undefined;
}

/** A device's secondary line: where its data comes from (a disk's file), when there is such a thing. */
function deviceDetail(el: XmlElement): string | undefined {
  const source = child(el, 'source');
  const from = attrOf(source, 'file') ?? attrOf(source, 'dev') ?? attrOf(source, 'name') ?? attrOf(source, 'path') ?? attrOf(source, 'dir');
  return from ? clip(from) : undefined;
}

function symbol(el: XmlElement, name: string, kind: SymbolKind, detail: string | undefined, children: DocumentSymbol[] = []): DocumentSymbol {
  return {
    name,
    kind,
    ...(detail ? { detail: clip(detail) } : {}),
    range: toLspRange(el.range),
    selectionRange: toLspRange(el.nameRange),
    ...(children.length > 0 ? { children } : {}),
  };
}

function deviceSymbol(el: XmlElement): DocumentSymbol {
  const identity = deviceIdentity(el);
  return symbol(el, identity ? `${el.name} ${identity}` : el.name, el.name === 'emulator' ? SymbolKind.File : SymbolKind.Object, el.name === 'emulator' ? el.text.trim() : deviceDetail(el));
}

/** A child of a section other than `<devices>` (a cpu feature, a numa cell). */
const contentSymbol = (c: XmlElement): DocumentSymbol => symbol(c, c.name, SymbolKind.Field, c.text.trim() || (attrOf(c, 'name') ?? attrOf(c, 'type') ?? attrOf(c, 'dev')));

/** A section's children in the outline: every device; the content of a section with at most 64 children. */
function listedChildren(el: XmlElement): readonly XmlElement[] {
  if (el.name === 'devices') return el.children;
  // Children of a section are shown when they are the section's content (cpu features, numa cells): one level only.
  return el.children.length <= 64 ? el.children : [];
}

/** A section of the root (`<os>`, `<memory>`, `<devices>`, …) with up to `room` children: its text or type as detail; devices listed. */
function sectionSymbol(el: XmlElement, room: number): DocumentSymbol {
  const listed = listedChildren(el).slice(0, room);
  if (el.name === 'devices') {
    const n = el.children.length;
    const shown = listed.length < n ? `, first ${listed.length} listed` : '';
    return symbol(el, 'devices', SymbolKind.Namespace, `${n} device${n === 1 ? '' : 's'}${shown}`, listed.map(deviceSymbol));
  }
  const text = el.text.trim();
  const unit = attrOf(el, 'unit');
  const detail = text ? `${text}${unit ? ` ${unit}` : ''}` : (attrOf(el, 'type') ?? attrOf(el, 'mode') ?? attrOf(el, 'name') ?? attrOf(child(el, 'type'), 'machine'));
  const kind = el.children.length > 0 ? SymbolKind.Struct : SymbolKind.Field;
  return symbol(el, el.name, kind, detail, listed.map(contentSymbol));
}

/** The outline of a document; empty when it is not well-formed. */
export function documentSymbols(text: string, limits: Partial<ParseLimits> = {}): DocumentSymbol[] {
  const parsed = parseXml(text, limits);
  return parsed.ok ? documentSymbolsOf(parsed.document) : [];
}

/** The outline of a parsed document. */
export function documentSymbolsOf(document: ParsedDocument): DocumentSymbol[] {
  const root = document.root;
  const name = childText(root, 'name') ?? attrOf(root, 'name');
  const detail = [attrOf(root, 'type'), childText(root, 'uuid')].filter(Boolean).join(' ') || undefined;
  // The root and its sections first, then the sections' children while room is left (MAX_SYMBOLS).
  const sections = root.children.slice(0, MAX_SYMBOLS - 1);
  let room = MAX_SYMBOLS - 1 - sections.length;
  const sectionSymbols = sections.map((el) => {
    const s = sectionSymbol(el, room);
    room -= s.children?.length ?? 0;
    return s;
  });
  return [symbol(root, name ? `${root.name} ${name}` : root.name, SymbolKind.Module, detail, sectionSymbols)];
}
