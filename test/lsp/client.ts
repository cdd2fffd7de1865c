/**
 * A minimal LSP client for tests and the latency benchmark: starts `node bin/virtlint-lsp.js --stdio`
 * as a child process and speaks JSON-RPC to it over its standard input and output, as an editor does.
 */
import { type ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import path from 'node:path';
import {
  type CodeAction,
  CodeActionRequest,
  type CompletionItem,
  type CompletionList,
  CompletionRequest,
  createProtocolConnection,
  type Diagnostic,
  DidChangeTextDocumentNotification,
  DidChangeWorkspaceFoldersNotification,
  DidCloseTextDocumentNotification,
  DidOpenTextDocumentNotification,
  DidSaveTextDocumentNotification,
  ExitNotification,
  type Hover,
  HoverRequest,
  InitializedNotification,
  InitializeRequest,
  type InitializeResult,
  LogMessageNotification,
  type Position,
  type ProtocolConnection,
  PublishDiagnosticsNotification,
  type PublishDiagnosticsParams,
  type Range,
  type Registration,
  RegistrationRequest,
  ShutdownRequest,
  StreamMessageReader,
  StreamMessageWriter,
  type TextDocumentContentChangeEvent,
} from 'vscode-languageserver-protocol/node';
import { REPO_ROOT } from '../helpers/paths.js';

export const SERVER_BIN = path.join(REPO_ROOT, 'bin', 'virtlint-lsp.js');

interface Waiter {
  readonly uri: string;
  readonly accept: (p: PublishDiagnosticsParams) => boolean;
  readonly resolve: (p: PublishDiagnosticsParams) => void;
  /** Rejects the wait and clears its timer (the server exited: nothing more can be published). */
  readonly fail: (e: Error) => void;
}

export class TestLspClient {
  readonly connection: ProtocolConnection;
  /** Every publishDiagnostics received, in order. */
  readonly published: PublishDiagnosticsParams[] = [];
  private waiters: Waiter[] = [];
  private readonly versions = new Map<string, number>();
  /** Capabilities the server registered dynamically (client/registerCapability). */
  readonly registrations: Registration[] = [];
  /** The messages of every window/logMessage received, in order. */
  readonly logs: string[] = [];
  stderr = '';
  readonly exited: Promise<number | null>;

  private constructor(readonly child: ChildProcessWithoutNullStreams) {
    child.stderr.on('data', (d: Buffer) => {
      this.stderr += d.toString();
    });
    this.exited = new Promise((resolve) =>
      child.on('exit', (code) => {
        // A wait still open can never be met: end it now rather than keep the test process alive
        // until its timer fires (a test waiting for a publication that must not come used 170 s).
        const open = this.waiters;
        this.waiters = [];
        for (const w of open) w.fail(new Error(`the server exited (code ${code}) before diagnostics for ${w.uri} were published; stderr: ${this.stderr}`));
        resolve(code);
      }),
    );
    this.connection = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
    this.connection.onNotification(PublishDiagnosticsNotification.type, (p) => {
      this.published.push(p);
      const hit = this.waiters.filter((w) => w.uri === p.uri && w.accept(p));
      this.waiters = this.waiters.filter((w) => !hit.includes(w));
      for (const w of hit) w.resolve(p);
    });
    this.connection.onNotification(LogMessageNotification.type, (p) => {
      this.logs.push(p.message);
    });
    this.connection.onRequest(RegistrationRequest.type, (p) => {
      this.registrations.push(...p.registrations);
    });
    this.connection.listen();
  }

  /** Spawns the server without initializing it. */
  static spawn(options: { readonly args?: readonly string[]; readonly command?: readonly string[] } = {}): TestLspClient {
    const command = options.command ?? [SERVER_BIN, ...(options.args ?? ['--stdio'])];
    return new TestLspClient(spawn(process.execPath, [...command], { stdio: ['pipe', 'pipe', 'pipe'] }));
  }

  /** Spawns the server and completes the initialize handshake. */
  static async start(
    initializationOptions: object = {},
    options: {
      readonly args?: readonly string[];
      readonly command?: readonly string[];
      readonly watchFiles?: boolean;
      readonly rootUri?: string;
      /** The editor's workspace folders (a multi-root workspace), as URIs. */
      readonly workspaceFolders?: readonly string[];
      /** The editor's `textDocument.foldingRange.rangeLimit` capability. */
      readonly foldingRangeLimit?: number;
    } = {},
  ): Promise<{ client: TestLspClient; init: InitializeResult }> {
    const client = TestLspClient.spawn(options);
    const init = await client.connection.sendRequest(InitializeRequest.type, {
      processId: process.pid,
      rootUri: options.rootUri ?? null,
      ...(options.workspaceFolders ? { workspaceFolders: options.workspaceFolders.map((uri, i) => ({ uri, name: `folder${i}` })) } : {}),
      capabilities: {
        // Like VS Code, the client can tell the server of workspace folders added or removed.
        workspace: { workspaceFolders: true, workspaceEdit: { documentChanges: true }, ...(options.watchFiles ? { didChangeWatchedFiles: { dynamicRegistration: true } } : {}) },
        textDocument: {
          publishDiagnostics: { versionSupport: true, codeDescriptionSupport: true, dataSupport: true },
          completion: { completionItem: { snippetSupport: true, documentationFormat: ['markdown', 'plaintext'] } },
          hover: { contentFormat: ['markdown', 'plaintext'] },
          ...(options.foldingRangeLimit !== undefined ? { foldingRange: { rangeLimit: options.foldingRangeLimit, lineFoldingOnly: true } } : {}),
        },
      },
      initializationOptions,
    });
    await client.connection.sendNotification(InitializedNotification.type, {});
    return { client, init };
  }

  /**
   * The next publishDiagnostics for `uri` that `accept` takes (default: any). Fails after `timeoutMs`,
   * a generous bound so that a slow machine is not mistaken for a server that never answers.
   */
  nextDiagnostics(uri: string, accept: (p: PublishDiagnosticsParams) => boolean = () => true, timeoutMs = 60000): Promise<PublishDiagnosticsParams> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.waiters = this.waiters.filter((w) => w !== waiter);
        reject(new Error(`no matching diagnostics for ${uri} within ${timeoutMs} ms; stderr: ${this.stderr}`));
      }, timeoutMs);
      const waiter: Waiter = {
        uri,
        accept,
        resolve: (p) => {
          clearTimeout(timer);
          resolve(p);
        },
        fail: (e) => {
          clearTimeout(timer);
          reject(e);
        },
      };
      this.waiters.push(waiter);
    });
  }

  async open(uri: string, text: string, languageId = 'xml'): Promise<void> {
    this.versions.set(uri, 1);
    await this.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId, version: 1, text } });
  }

  /** Sends a change; returns the new version. */
  async change(uri: string, changes: TextDocumentContentChangeEvent[]): Promise<number> {
    const version = (this.versions.get(uri) ?? 1) + 1;
    this.versions.set(uri, version);
    await this.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version }, contentChanges: changes });
    return version;
  }

  /** The editor saved the document (without its text, as the server asks). */
  async save(uri: string): Promise<void> {
    await this.connection.sendNotification(DidSaveTextDocumentNotification.type, { textDocument: { uri } });
  }

  async close(uri: string): Promise<void> {
    await this.connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri } });
  }

  /** Folders (URIs) added to and removed from the workspace, as when the user adds a folder to it. */
  async changeWorkspaceFolders(added: readonly string[], removed: readonly string[] = []): Promise<void> {
    const folders = (uris: readonly string[]): { uri: string; name: string }[] => uris.map((uri) => ({ uri, name: path.basename(uri) }));
    await this.connection.sendNotification(DidChangeWorkspaceFoldersNotification.type, { event: { added: folders(added), removed: folders(removed) } });
  }

  codeActions(uri: string, range: Range, diagnostics: Diagnostic[], only?: string[]): Promise<(CodeAction | { command: string })[] | null> {
    return this.connection.sendRequest(CodeActionRequest.type, {
      textDocument: { uri },
      range,
      context: { diagnostics, ...(only ? { only } : {}) },
    }) as Promise<(CodeAction | { command: string })[] | null>;
  }

  completion(uri: string, position: Position): Promise<CompletionItem[] | CompletionList | null> {
    return this.connection.sendRequest(CompletionRequest.type, { textDocument: { uri }, position });
  }

  hover(uri: string, position: Position): Promise<Hover | null> {
    return this.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position });
  }

  /** shutdown + exit, as an editor closing does; resolves with the process's exit code. */
  async stop(): Promise<number | null> {
    await this.connection.sendRequest(ShutdownRequest.type);
    await this.connection.sendNotification(ExitNotification.type);
    const code = await this.exited;
    this.connection.dispose();
    return code;
  }

  /** For cleanup after a failed test. */
  kill(): void {
    if (this.child.exitCode === null) this.child.kill();
    this.connection.dispose();
  }
}
