/**
 * Which open XML documents the language server hears about: only those whose root element is a
 * libvirt kind. A document that becomes one while being typed (a new file, a root renamed) is
 * opened on the server then, with its whole text; one that stops being one stays attached (the
 * server clears its diagnostics itself), so its changes keep flowing.
 */
import { isLibvirtXml } from './root.js';

/** What to do with a document's change: pass it on, open the document on the server first, or drop it. */
export type ChangeAction = 'forward' | 'open' | 'skip';

export class Attachments {
  private readonly uris = new Set<string>();

  /** On open: whether to tell the server. */
  opened(uri: string, text: string): boolean {
    if (!isLibvirtXml(text)) return false;
    this.uris.add(uri);
    return true;
  }

  /** On change (`text` is the text after the change, or its head: only the root element counts, root.ts). */
  changed(uri: string, text: string): ChangeAction {
    if (this.uris.has(uri)) return 'forward';
    if (!isLibvirtXml(text)) return 'skip';
    this.uris.add(uri);
    return 'open';
  }

  /** On close (or save): whether the server knows the document. */
  has(uri: string): boolean {
    return this.uris.has(uri);
  }

  closed(uri: string): boolean {
    return this.uris.delete(uri);
  }

  clear(): void {
    this.uris.clear();
  }
}
