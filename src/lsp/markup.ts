/**
 * Completion and hover texts are written in Markdown; a client that shows only plain text gets
 * them without the markup (links keep their address in parentheses).
 */
import { type CompletionItem, type Hover, type MarkupContent, MarkupKind } from 'vscode-languageserver';

export function toPlainText(m: MarkupContent): MarkupContent {
  if (m.kind === MarkupKind.PlainText) return m;
  const value = m.value
    .replace(/\[([^\]]*)\]\(([^)]*)\)/g, '$1 ($2)')
    .replace(/\*\*([^*]*)\*\*/g, '$1')
    .replace(/`([^`]*)`/g, '$1');
  return { kind: MarkupKind.PlainText, value };
}

export function plainCompletion(item: CompletionItem): CompletionItem {
  const doc = item.documentation;
  return doc && typeof doc === 'object' ? { ...item, documentation: toPlainText(doc) } : item;
}

export function plainHover(h: Hover | null): Hover | null {
  if (!h || typeof h.contents !== 'object' || !('kind' in h.contents)) return h;
  return { ...h, contents: toPlainText(h.contents) };
}
