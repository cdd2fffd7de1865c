/**
 * The language server: keeps open documents, lints them with the same pipeline as the CLI
 * (`lintText`), publishes diagnostics, and answers code action, completion and hover requests.
 * Transport-agnostic: `main.ts` gives it a connection.
 */
import { DIAGNOSTIC_IDS } from '../diagnostic-ids.js';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  type ClientCapabilities,
  CodeActionKind,
  CompletionTriggerKind,
  type Connection,
  DidChangeWatchedFilesNotification,
  type InitializeResult,
  MarkupKind,
  TextDocumentEdit,
  TextDocuments,
  TextDocumentSyncKind,
  type WorkspaceFoldersChangeEvent,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { updateDocument } from './document-update.js';
import { CONFIG_FILE_NAMES } from '../config/load.js';
import { GrammarLoadError, grammarIndexFor, type GrammarIndex } from '../grammar/index.js';
import { applyBuiltinLevels } from '../builtin-ids.js';
import { DEFAULT_MAX_BYTES, formatBytes } from '../files.js';
import type { LintOptions } from '../linter/lint.js';
import { RULES } from '../../rules/index.js';
import { mayBeLibvirtRoot } from '../document-kind.js';
import { kindOfRoot } from '../schema/kinds.js';
import type { Rule } from '../rule.js';
import type { Diagnostic, LintResult } from '../types.js';
import { VERSION } from '../version.js';
import { codeActions, type EditFactory, FIX_ALL_KIND } from './code-actions.js';
import { completions } from './completion.js';
import { hover } from './hover.js';
import { registerOutline } from './outline.js';
import { rootElementName } from './context.js';
import { toLspDiagnostic } from './convert.js';
import { FileWatcher } from './file-watch.js';
import { plainCompletion, plainHover } from './markup.js';
import { LintRunner } from './lint-runner.js';
import { effectOf, type SavedEncoding, SavedEncodings } from './saved-encoding.js';
import { LintScheduler } from './scheduler.js';
import { DEFAULT_DEBOUNCE_MS, readServerOptions, type ServerOptions, SettingsSource } from './settings.js';

const CONFIG_GLOB = '**/virtlint.config.{js,mjs,json}';

/** The last lint of a document: the exact text and version it was computed for. */
interface Snapshot {
  readonly version: number;
  /**
   * The text linted. The version alone does not identify it: a client may open a document again
   * without closing it, or send a change without raising the version, and a code action computed
   * for the old text would then edit the new one in the wrong places.
   */
  readonly text: string;
  /** Undefined when the document is not a libvirt document (nothing published). */
  readonly result: LintResult | undefined;
  /** The rules it was linted with, when a configuration adds plugin rules. */
  readonly rules?: readonly Rule[];
}

export function filePathOf(uri: unknown): string | undefined {
  if (typeof uri !== 'string' || !uri.startsWith('file:')) return undefined;
  try {
    return fileURLToPath(uri);
  } catch {
    return undefined;
  }
}

export class VirtlintServer {
  private readonly documents = new TextDocuments({ create: TextDocument.create, update: updateDocument });
  private readonly snapshots = new Map<string, Snapshot>();
  /** Documents seen since they were opened (their first content is linted without waiting). */
  private readonly opened = new Set<string>();
  /** Documents that have diagnostics on the client, so that leaving libvirt XML clears them once. */
  private readonly published = new Set<string>();
  private readonly shownProblems = new Set<string>();
  private scheduler = new LintScheduler(DEFAULT_DEBOUNCE_MS, (uri, gen) => this.lintAndPublish(uri, gen));
  private settings = new SettingsSource({}, process.cwd());
  private serverOptions: ServerOptions = {};
  /** Lints run in a worker thread: requests (completion, hover) never wait for a slow document. */
  private readonly runner = new LintRunner();
  /** The lint of the check that publishes, per document, while it runs (requests wait for it). */
  private readonly checking = new Map<string, Promise<Snapshot | undefined>>();
  /** VIRTLINT_LSP_TRACE=1: every publish decision on the editor's log (docs/editors.md). */
  private readonly tracing = process.env['VIRTLINT_LSP_TRACE'] === '1';
  private capabilities: ClientCapabilities = {};
  private clientWatchesConfig = false;
  /** What each document's saved file says about its encoding (read on a document's first check and after a save). */
  private readonly savedEncodings = new SavedEncodings(() => this.maxBytes);
  private readonly fsWatcher = new FileWatcher(
    () => this.reloadSettings(),
    (base) => CONFIG_FILE_NAMES.includes(base),
  );

  constructor(private readonly connection: Connection) {}

  listen(): void {
    const { connection, documents } = this;
    connection.onInitialize((params): InitializeResult => {
      // Every folder of a multi-root workspace (documents of the second one got no configuration).
      // An editor may send anything inside the list (protocol-gate.ts checks that it is one).
      const folders = (params.workspaceFolders ?? []).map((f: unknown) => filePathOf((f as { uri?: unknown } | null)?.uri)).filter((f): f is string => f !== undefined);
      const workspaces = folders.length > 0 ? folders : params.rootUri && filePathOf(params.rootUri) ? [filePathOf(params.rootUri) as string] : [];
      const root = workspaces[0] ?? process.cwd();
      // Relative paths are resolved by SettingsSource, against the first folder of the moment.
      const options = readServerOptions(params.initializationOptions);
      this.capabilities = params.capabilities;
      this.serverOptions = options;
      if (options.lintTimeoutMs) this.runner.timeoutMs = options.lintTimeoutMs;
      // With a workspace, configuration lookup stays inside it (docs/security.md).
      this.settings = new SettingsSource(options, root, workspaces);
      this.scheduler = new LintScheduler(options.debounceMs ?? DEFAULT_DEBOUNCE_MS, (uri, gen) => this.lintAndPublish(uri, gen));
      return {
        capabilities: {
          // Saves: the file's bytes may say something new about its encoding (saved-encoding.ts).
          textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
          codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND] },
          completionProvider: { triggerCharacters: ['<', ' ', '"', "'", '=', '/'] },
          hoverProvider: true,
          documentSymbolProvider: { label: 'virtlint' },
          foldingRangeProvider: true,
          workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
        },
        serverInfo: { name: 'virtlint', version: VERSION },
      };
    });
    connection.onInitialized(() => {
      if (this.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration) {
        this.clientWatchesConfig = true;
        void connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: CONFIG_GLOB }] });
      }
      // The library takes the notification only from a client that announced workspace folders.
      if (this.capabilities.workspace?.workspaceFolders) connection.workspace.onDidChangeWorkspaceFolders((e) => this.changeWorkspaceFolders(e));
    });
    connection.onDidChangeWatchedFiles((e) => {
      if (this.tracing) connection.console.log(`virtlint trace: watched files changed: ${JSON.stringify(e)}`);
      this.reloadSettings();
    });

    documents.onDidChangeContent(({ document }) => {
      if (this.tracing) connection.console.log(`virtlint trace: ${document.uri} content, version ${document.version}`);
      // The first content of a document (open) is linted at once; edits wait for the debounce.
      const first = !this.opened.has(document.uri);
      this.opened.add(document.uri);
      // A run for an older version is of no use any more: stop it now rather than after the debounce.
      if (!first) this.cancelLints(document.uri);
      this.scheduler.schedule(document.uri, first);
    });
    documents.onDidSave(({ document }) => this.savedAgain(document.uri));
    documents.onDidClose(({ document }) => {
      this.savedEncodings.forget(document.uri);
      this.scheduler.forget(document.uri);
      this.cancelLints(document.uri);
      this.snapshots.delete(document.uri);
      this.opened.delete(document.uri);
      if (this.published.delete(document.uri)) void connection.sendDiagnostics({ uri: document.uri, diagnostics: [] });
    });

    connection.onCodeAction(async (params) => {
      const doc = documents.get(params.textDocument.uri);
      if (!doc) return [];
      const result = await this.currentResult(doc);
      if (!result) return [];
      return codeActions(doc, result, { range: params.range, diagnostics: params.context.diagnostics, ...(params.context.only ? { only: params.context.only } : {}) }, this.editFactory());
    });

    connection.onCompletion(async (params) => {
      const doc = documents.get(params.textDocument.uri);
      if (doc && this.tooLarge(doc.getText())) return []; // the CLI's limit: such a document is not examined
      const index = doc && (await this.grammarFor(doc));
      if (!doc || !index) return [];
      const snippets = Boolean(this.capabilities.textDocument?.completion?.completionItem?.snippetSupport);
      const trigger = params.context?.triggerKind === CompletionTriggerKind.TriggerCharacter ? params.context.triggerCharacter : undefined;
      const targets = await this.targetsFor(doc);
      const items = completions(doc, doc.offsetAt(params.position), index, { snippets, ...(trigger ? { trigger } : {}), ...(targets ? { targets } : {}) });
      const markdown = acceptsMarkdown(this.capabilities.textDocument?.completion?.completionItem?.documentationFormat);
      return markdown ? items : items.map(plainCompletion);
    });
    connection.onHover(async (params) => {
      const doc = documents.get(params.textDocument.uri);
      if (doc && this.tooLarge(doc.getText())) return null;
      const index = doc && (await this.grammarFor(doc));
      if (!doc || !index) return null;
      // The document's own rule set (plugin rules are listed like built-in ones), policies and targets.
      const options = (await this.settings.resolve(filePathOf(doc.uri))).options;
      const h = hover(doc, doc.offsetAt(params.position), index, options?.ruleSet ?? RULES, options?.rules, options?.targets);
      const markdown = acceptsMarkdown(this.capabilities.textDocument?.hover?.contentFormat);
      return markdown ? h : plainHover(h);
    });

    // Outline and folding parse the document: not over the size limit, not for other XML.
    registerOutline(
      connection,
      documents,
      (doc) => !this.tooLarge(doc.getText()) && Boolean(kindOfRoot(rootElementName(doc.getText()) ?? '')),
      () => ({ maxDepth: this.serverOptions.maxDepth, rangeLimit: this.capabilities.textDocument?.foldingRange?.rangeLimit }),
    );

    connection.onShutdown(async () => {
      this.scheduler.dispose();
      await this.runner.dispose();
      this.fsWatcher.dispose();
    });
    documents.listen(connection);
    connection.listen();
  }

  /**
   * Lint result for exactly the document's current text (linting now if the last run is stale).
   * A request never cancels the check that publishes: it waits for that check when it is of the
   * same text, and otherwise lints under a key of its own. (It used to lint under the document's
   * key, cancelling the check in flight, whose result then never reached the editor: the quick
   * fix request VS Code sends on opening a document left it without diagnostics.)
   */
  private async currentResult(doc: TextDocument): Promise<LintResult | undefined> {
    // `doc` is updated in place by later changes: this says whether `s` is still of its text.
    const ofText = (s: Snapshot | undefined): s is Snapshot => s !== undefined && s.version === doc.version && s.text === doc.getText();
    const snap = this.snapshots.get(doc.uri);
    if (ofText(snap)) return snap.result;
    const publishing = await this.checking.get(doc.uri);
    if (ofText(publishing)) return publishing.result;
    const own = await this.lint(doc, () => true, requestKey(doc.uri));
    return ofText(own) ? own.result : undefined;
  }

  /** Stops the lints of a document's older text: its check's and a request's. */
  private cancelLints(uri: string): void {
    this.runner.cancel(uri);
    this.runner.cancel(requestKey(uri));
  }

  private get maxBytes(): number {
    return this.serverOptions.maxFileSize ?? DEFAULT_MAX_BYTES;
  }

  /** Over the CLI's size limit (in UTF-8 bytes, as the file would be on disk)? */
  private tooLarge(text: string): boolean {
    if (text.length > this.maxBytes) return true;
    return text.length * 3 > this.maxBytes && Buffer.byteLength(text, 'utf8') > this.maxBytes;
  }

  /**
   * Lints in the lint thread; undefined when cancelled. `wanted` says whether the run is still the
   * latest one asked for: a run overtaken while it read the configuration stops there, since the
   * lint thread cancels a document's earlier job for its later one, and would cancel the newer run.
   */
  private async lint(doc: TextDocument, wanted: () => boolean, key = doc.uri): Promise<Snapshot | undefined> {
    const version = doc.version;
    const text = doc.getText();
    const at = { line: 1, column: 1, offset: 0 };
    const problem = (ruleId: string, message: string): Diagnostic => ({ ruleId, severity: 'error', message, range: { start: at, end: at } });
    const filePath = filePathOf(doc.uri);
    if (this.tooLarge(text)) {
      // The CLI's limit applies here too: the document is not parsed, only reported, at the
      // configured level of xml/too-large (and not at all when the configuration ignores it).
      const settings = await this.settings.resolveConfig(filePath);
      if (!wanted()) return undefined;
      this.watchSettingsFiles(settings.files, filePath);
      if (settings.config.ignored) return { version, text, result: undefined };
      const message = `The document is over the ${formatBytes(this.maxBytes)} limit for one document (raise it with the maxFileSize setting)`;
      return { version, text, result: { filePath: filePath ?? doc.uri, notes: [], diagnostics: applyBuiltinLevels([problem(DIAGNOSTIC_IDS.xmlTooLarge, message)], settings.config.rules) } };
    }
    const root = rootElementName(text);
    // Other XML gets nothing; near misses (<domian>) are linted to say so, as the CLI does.
    if (!root || !mayBeLibvirtRoot(root)) return { version, text, result: undefined };
    const settings = await this.settings.resolveConfig(filePath);
    if (!wanted()) return undefined;
    this.watchSettingsFiles(settings.files, filePath);
    // The configuration's `ignores` exclude it: the CLI would not lint it either.
    if (settings.config.ignored) return { version, text, result: undefined };
    let result: LintResult;
    let problemText = settings.problem;
    // Plugin rules are functions, which cannot cross to the lint thread: it loads the same
    // configuration file itself (already trusted here) to get them.
    const { ruleSet, ...plainConfig } = settings.config;
    const saved = filePath ? this.savedFile(doc.uri, filePath) : undefined;
    try {
      if (saved && 'refused' in saved) {
        // Bytes the CLI cannot decode (UTF-32, invalid UTF-8), a file over its size limit (a UTF-16 file
        // about twice the editor's text): it reports that alone, at the configured level.
        result = { filePath: filePath ?? doc.uri, notes: [], diagnostics: applyBuiltinLevels([saved.refused], plainConfig.rules) };
      } else {
        const outcome = await this.runner.lint({
          key,
          text,
          filePath: filePath ?? settings.lookup,
          config: plainConfig,
          ...(saved && 'encoding' in saved && saved.encoding !== 'utf-8' ? { encoding: saved.encoding } : {}),
          ...(ruleSet && settings.config.configFile ? { pluginConfigFile: settings.config.configFile } : {}),
          ...(this.serverOptions.maxDepth ? { maxDepth: this.serverOptions.maxDepth } : {}),
          ...(settings.namedCapsFile ? { namedCapsFile: settings.namedCapsFile } : {}),
        });
        if ('cancelled' in outcome) return undefined;
        result = { ...outcome.result, filePath: filePath ?? doc.uri };
        if (outcome.problem) problemText = problemText ? `${problemText}; ${outcome.problem}` : outcome.problem;
      }
    } catch (e) {
      // A grammar that does not compile, or a bug: say so on the document rather than going quiet.
      result = { filePath: filePath ?? doc.uri, notes: [], diagnostics: [problem(DIAGNOSTIC_IDS.internal, `virtlint could not check this document: ${(e as Error).message}`)] };
    }
    if (result.skipped) return { version, text, result: undefined };
    if (problemText) {
      result = { ...result, diagnostics: [problem(DIAGNOSTIC_IDS.config, `${problemText} (linting with the default settings meanwhile)`), ...result.diagnostics] };
    }
    return { version, text, result, ...(ruleSet ? { rules: ruleSet } : {}) };
  }

  /** The saved file's verdict for a check (saved-encoding.ts), traced when it was read. */
  private savedFile(uri: string, filePath: string, reread = false): SavedEncoding {
    const before = this.savedEncodings.last(uri);
    const saved = this.savedEncodings.of(uri, filePath, reread);
    if (this.tracing && saved !== before) this.connection.console.log(`virtlint trace: ${uri} saved file: ${'unread' in saved ? `not read (${saved.unread})` : effectOf(saved)}`);
    return saved;
  }

  /**
   * A document was saved: its file is looked at again, and the document checked again when what the
   * bytes say changed (a save in another encoding changes no text, so no change of content says so).
   * A document not checked yet has nothing to compare: its first check reads the file.
   */
  private savedAgain(uri: string): void {
    const filePath = filePathOf(uri);
    const before = this.savedEncodings.last(uri);
    if (!filePath || before === undefined) return;
    if (effectOf(this.savedFile(uri, filePath, true)) !== effectOf(before)) this.scheduler.schedule(uri, true);
  }

  private async lintAndPublish(uri: string, generation: number): Promise<void> {
    try {
      await this.publish(uri, generation);
    } catch (e) {
      // Never let one document's failure end the server (an unhandled rejection would).
      this.connection.console.error(`virtlint: checking ${uri} failed: ${(e as Error).stack ?? String(e)}`);
    }
  }

  private trace(uri: string, generation: number, what: string): void {
    if (this.tracing) this.connection.console.log(`virtlint trace: ${uri} run ${generation} (document version ${this.documents.get(uri)?.version ?? 'closed'}): ${what}`);
  }

  private async publish(uri: string, generation: number, attempt = 1): Promise<void> {
    const doc = this.documents.get(uri);
    if (!doc) return this.trace(uri, generation, 'dropped: document closed');
    this.trace(uri, generation, 'linting');
    const linting = this.lint(doc, () => this.scheduler.isCurrent(uri, generation));
    this.checking.set(uri, linting);
    const snap = await linting.finally(() => {
      if (this.checking.get(uri) === linting) this.checking.delete(uri);
    });
    // Only the latest run asked for publishes; a newer one exists whenever this one is stale.
    if (!this.scheduler.isCurrent(uri, generation)) return this.trace(uri, generation, 'dropped: a newer run publishes');
    if (!snap) {
      // Cancelled, yet still the latest run (nothing newer will publish): check again rather than stay silent.
      this.trace(uri, generation, `cancelled while still the latest run (attempt ${attempt})`);
      return attempt < 3 ? this.publish(uri, generation, attempt + 1) : undefined;
    }
    // The document changed without a new run (cannot happen: every change schedules one); be safe.
    const now = this.documents.get(uri);
    if (now?.version !== snap.version || now.getText() !== snap.text) return this.trace(uri, generation, `dropped: linted version ${snap.version} is not the document's`);
    this.snapshots.set(uri, snap);
    if (!snap.result) {
      this.trace(uri, generation, `nothing to check (cleared: ${this.published.has(uri)})`);
      if (this.published.delete(uri)) await this.connection.sendDiagnostics({ uri, version: snap.version, diagnostics: [] });
      return;
    }
    this.trace(uri, generation, `publishing ${snap.result.diagnostics.length} diagnostics for version ${snap.version}`);
    const first = !this.published.has(uri);
    this.published.add(uri);
    await this.connection.sendDiagnostics({ uri, version: snap.version, diagnostics: snap.result.diagnostics.map((d) => toLspDiagnostic(d, snap.version, snap.rules)) });
    // Load the grammar index now rather than on the first completion request, where it would be felt.
    if (first) setImmediate(() => void (this.documents.get(uri) && this.grammarFor(doc)));
  }

  /** The targets that apply to a document (`settings.target`, or the editor's `target` option), for completion and hover. */
  private async targetsFor(doc: TextDocument): Promise<LintOptions['targets']> {
    return (await this.settings.resolve(filePathOf(doc.uri))).options?.targets;
  }

  /** The grammar index for a libvirt document (loaded once per grammar); undefined for other XML or a broken grammar. */
  private async grammarFor(doc: TextDocument): Promise<GrammarIndex | undefined> {
    const root = rootElementName(doc.getText());
    const kind = root ? kindOfRoot(root) : undefined;
    if (!kind) return undefined;
    const schemaDir = await this.settings.schemaDirFor(filePathOf(doc.uri));
    try {
      return grammarIndexFor(schemaDir, kind);
    } catch (e) {
      const why = e instanceof GrammarLoadError ? e.message : `internal error: ${(e as Error).message}`;
      this.showProblemOnce(`virtlint: the grammar cannot be read, so completion and hover are off: ${why}`);
      return undefined;
    }
  }

  /** A configuration or capabilities file changed: resolve settings again and re-lint every open document. */
  private reloadSettings(): void {
    this.settings.invalidate();
    this.runner.invalidate();
    for (const doc of this.documents.all()) this.scheduler.schedule(doc.uri, true);
  }

  /** Folders were added to or removed from the workspace: they bound configuration lookup from now on. */
  private changeWorkspaceFolders(event: WorkspaceFoldersChangeEvent | undefined): void {
    if (this.tracing) this.connection.console.log(`virtlint trace: workspace folders changed: ${JSON.stringify(event)}`);
    // An editor may send anything: entries that are not folders with a file: URI are passed over.
    const paths = (folders: unknown): string[] =>
      (Array.isArray(folders) ? (folders as unknown[]) : [])
        .map((f) => (f && typeof f === 'object' && typeof (f as { uri?: unknown }).uri === 'string' ? filePathOf((f as { uri: string }).uri) : undefined))
        .filter((f): f is string => f !== undefined);
    const affected = this.settings.changeWorkspaceFolders(paths(event?.added), paths(event?.removed));
    if (!affected) return;
    for (const doc of this.documents.all()) if (affected(filePathOf(doc.uri))) this.scheduler.schedule(doc.uri, true);
  }

  private watchSettingsFiles(files: readonly string[], filePath: string | undefined): void {
    // Capability files may live outside the workspace, where the client does not watch: watch them ourselves.
    // Configuration files are the client's to watch when it can (it registered our glob).
    this.fsWatcher.watchFiles(this.clientWatchesConfig ? files.filter((f) => !CONFIG_FILE_NAMES.includes(path.basename(f))) : files);
    if (!this.clientWatchesConfig && filePath) this.fsWatcher.watchDirectories(ancestors(path.dirname(filePath)));
  }

  private showProblemOnce(problem: string): void {
    if (this.shownProblems.has(problem)) return;
    this.shownProblems.add(problem);
    void this.connection.window.showWarningMessage(problem);
  }

  private editFactory(): EditFactory {
    const versioned = Boolean(this.capabilities.workspace?.workspaceEdit?.documentChanges);
    return (doc, edits) =>
      versioned
        ? { documentChanges: [TextDocumentEdit.create({ uri: doc.uri, version: doc.version }, edits)] }
        : { changes: { [doc.uri]: edits } };
  }
}

/** The lint thread's key for a request's lint of a document (the document's own key is its check's). */
const requestKey = (uri: string): string => `${uri}\u0000request`;

/** A client capability listing markup kinds (whatever the client sent) names Markdown. */
function acceptsMarkdown(kinds: unknown): boolean {
  return Array.isArray(kinds) && kinds.includes(MarkupKind.Markdown);
}

/** A directory and its ancestors up to the file system root (where configuration files are looked for). */
function ancestors(dir: string): string[] {
  const out: string[] = [];
  for (let cur = path.resolve(dir); ; cur = path.dirname(cur)) {
    out.push(cur);
    if (path.dirname(cur) === cur) return out;
  }
}
