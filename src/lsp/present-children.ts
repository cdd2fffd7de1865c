/**
 * Completion should not offer an element its parent already has when the grammar allows only one
 * (a second `<emulator>` in `<devices>`, a second `<name>`). This reads which children the parent
 * element already has, before and after the cursor, tolerantly (the document is being typed), and
 * drops the element items whose name is taken and that the grammar does not let repeat.
 */
import { type CompletionItem, CompletionItemKind } from 'vscode-languageserver';
import type { GrammarIndex } from '../grammar/index.js';
import type { CursorContext } from './context.js';
import { namespaceScope, typedName } from './grammar-names.js';
import { infosAt } from './grammar-view.js';

const isNameEnd = (c: string | undefined): boolean => c === undefined || /[\s<>/='"]/.test(c);

function nameAt(text: string, from: number): string {
  let i = from;
  while (i < text.length && !isNameEnd(text[i])) i++;
  return text.slice(from, i);
}

/** End of `<!--…-->`, `<![CDATA[…]]>`, `<?…?>` or `<!…>` starting at `lt` (text length when unterminated); undefined for tags. */
function specialEnd(text: string, lt: number): number | undefined {
  const close = (from: number, terminator: string): number => {
    const i = text.indexOf(terminator, from);
    return i < 0 ? text.length : i + terminator.length;
  };
  if (text.startsWith('<!--', lt)) return close(lt + 4, '-->');
  if (text.startsWith('<![CDATA[', lt)) return close(lt + 9, ']]>');
  if (text.startsWith('<?', lt)) return close(lt + 2, '?>');
  if (text.startsWith('<!', lt)) return close(lt + 2, '>');
  return undefined;
}

/** End of the tag starting at `lt` (after `>`, or at the next `<` when unterminated), and whether it closes itself. */
function tagEnd(text: string, lt: number): { end: number; selfClosing: boolean } {
  let quote: string | undefined;
  for (let i = lt + 1; i < text.length; i++) {
    const c = text[i];
    if (quote) {
      if (c === quote) quote = undefined;
      else if (c === '<') return { end: i, selfClosing: false };
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '<') return { end: i, selfClosing: false };
    else if (c === '>') return { end: i + 1, selfClosing: text[i - 1] === '/' };
  }
  return { end: text.length, selfClosing: false };
}

/**
 * Names (as written) of the direct children of the element whose start tag begins at `parentStart`,
 * leaving out the tag that begins at `skip` (the one being typed). Stops at the parent's end tag.
 */
export function presentChildren(text: string, parentStart: number, skip: number | undefined): Set<string> {
  const names = new Set<string>();
  const parentName = nameAt(text, parentStart + 1);
  const open = tagEnd(text, parentStart);
  if (open.selfClosing) return names;
  let depth = 0;
  let i = open.end;
  while (i < text.length) {
    const lt = text.indexOf('<', i);
    if (lt < 0) break;
    const special = specialEnd(text, lt);
    if (special !== undefined) {
      i = special;
      continue;
    }
    const tag = tagEnd(text, lt);
    i = Math.max(tag.end, lt + 1);
    if (text[lt + 1] === '/') {
      if (depth === 0) {
        // The parent's end tag (or a stray one: either way its content ends here).
        if (nameAt(text, lt + 2) === parentName || parentName === '') break;
        continue;
      }
      depth--;
      continue;
    }
    const name = nameAt(text, lt + 1);
    if (depth === 0 && lt !== skip && name) names.add(name);
    if (!tag.selfClosing && name) depth++;
  }
  return names;
}

/**
 * Drops element items (by label, as typed) that the parent already has and that the grammar says
 * occur at most once there. Other items (text values) pass through.
 */
export function withoutPresentSingletons(items: CompletionItem[], text: string, ctx: Extract<CursorContext, { kind: 'element-name' | 'content' }>, index: GrammarIndex): CompletionItem[] {
  const parent = ctx.path[ctx.path.length - 1];
  if (!parent) return items;
  const present = presentChildren(text, parent.start, ctx.kind === 'element-name' ? ctx.span.start - 1 : undefined);
  if (present.size === 0) return items;
  const scope = namespaceScope(ctx.path);
  const repeatable = new Set<string>();
  for (const info of infosAt(index, ctx.path)) {
    for (const c of info.children) if (c.repeatable) repeatable.add(typedName(c.name, scope) ?? c.name);
  }
  return items.filter((item) => item.kind !== CompletionItemKind.Class || !present.has(item.label) || repeatable.has(item.label));
}
