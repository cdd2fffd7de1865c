/**
 * The virtlint extension for VS Code. It activates with XML (`onLanguage:xml`), but starts the
 * language server only once a libvirt document (by its root element) is open, and sends it only
 * libvirt documents: other XML costs nothing. The server is the one bundled in the extension
 * (`server/dist/src/lsp/virtlint-lsp.js`), spoken to over stdio; the settings become the server's
 * initialization options, and changing them restarts it.
 */
import path from 'node:path';
import * as vscode from 'vscode';
import { DidOpenTextDocumentNotification, LanguageClient, type LanguageClientOptions, type ServerOptions, TransportKind } from 'vscode-languageclient/node';
import { Attachments } from './attachments.js';
import { HEAD, isLibvirtXml } from './root.js';
import { initializationOptions } from './settings.js';

let client: LanguageClient | undefined;
let starting: Promise<void> | undefined;
/** Watches configuration files for the running client; replaced on restart. */
let watcher: vscode.FileSystemWatcher | undefined;

/**
 * The start of a document, as far as the root element is looked for (root.ts): what deciding whether
 * it is libvirt XML needs. Its whole text was copied on every keystroke in any XML file instead.
 */
function headOf(doc: vscode.TextDocument): string {
  return doc.getText(new vscode.Range(new vscode.Position(0, 0), doc.positionAt(HEAD)));
}

function serverOptions(context: vscode.ExtensionContext, config: vscode.WorkspaceConfiguration): ServerOptions {
  const custom = config.get<string>('server.path')?.trim();
  if (custom) return { command: custom, args: ['--stdio'], transport: TransportKind.stdio };
  // The bundled server runs on the editor's own Node.js (no Node.js install needed).
  return { module: context.asAbsolutePath(path.join('server', 'dist', 'src', 'lsp', 'virtlint-lsp.js')), transport: TransportKind.stdio };
}

async function start(context: vscode.ExtensionContext): Promise<void> {
  const config = vscode.workspace.getConfiguration('virtlint');
  if (!config.get<boolean>('enable', true)) return;
  const attached = new Attachments();
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { scheme: 'file', language: 'xml' },
      { scheme: 'untitled', language: 'xml' },
    ],
    initializationOptions: initializationOptions(<T>(key: string) => config.get<T>(key), vscode.workspace.isTrusted),
    // Hovers quote the document: their Markdown may run no command link and no HTML (the client's defaults, stated so they stay).
    markdown: { isTrusted: false, supportHtml: false },
    synchronize: { fileEvents: (watcher = vscode.workspace.createFileSystemWatcher('**/virtlint.config.{js,mjs,json}')) },
    // Only libvirt documents are sent to the server (other XML is none of its business).
    middleware: {
      didOpen: (doc, next) => (attached.opened(doc.uri.toString(), headOf(doc)) ? next(doc) : Promise.resolve()),
      didChange: async (event, next) => {
        const doc = event.document;
        const action = attached.changed(doc.uri.toString(), headOf(doc));
        if (action === 'forward') return next(event);
        // It just became libvirt XML: the server gets it whole, at this version, instead of this change.
        if (action === 'open') {
          await client?.sendNotification(DidOpenTextDocumentNotification.type, {
            textDocument: { uri: client.code2ProtocolConverter.asUri(doc.uri), languageId: doc.languageId, version: doc.version, text: doc.getText() },
          });
        }
      },
      didSave: (doc, next) => (attached.has(doc.uri.toString()) ? next(doc) : Promise.resolve()),
      didClose: (doc, next) => (attached.closed(doc.uri.toString()) ? next(doc) : Promise.resolve()),
    },
  };
  client = new LanguageClient('virtlint', 'virtlint', serverOptions(context, config), clientOptions);
  await client.start();
}

async function stop(): Promise<void> {
  await starting;
  const old = client;
  const oldWatcher = watcher;
  client = undefined;
  watcher = undefined;
  try {
    await old?.stop();
  } finally {
    oldWatcher?.dispose();
  }
}

/** Starts the server the first time a libvirt document is seen. */
function startFor(context: vscode.ExtensionContext, doc: vscode.TextDocument): void {
  if (client || starting || doc.languageId !== 'xml' || !isLibvirtXml(headOf(doc))) return;
  starting = start(context).finally(() => {
    starting = undefined;
  });
}

/** The restart in progress: restarts run one after another. */
let restarting: Promise<void> = Promise.resolve();

/**
 * Stops the server and starts a new one. Granting Workspace Trust also changes the configuration:
 * two restarts at once started the new client while the old one was still stopping, and the first
 * then disposed the new client's file watcher; so each waits for the one before.
 */
function restart(context: vscode.ExtensionContext): Promise<void> {
  const run = async (): Promise<void> => {
    try {
      await stop();
    } finally {
      // A server that would not stop in time is left behind: the documents still get a new one.
      for (const doc of vscode.workspace.textDocuments) startFor(context, doc);
      await starting;
    }
  };
  restarting = restarting.then(run, run);
  return restarting;
}

export function activate(context: vscode.ExtensionContext): void {
  for (const doc of vscode.workspace.textDocuments) startFor(context, doc);
  context.subscriptions.push(
    vscode.workspace.onDidOpenTextDocument((doc) => startFor(context, doc)),
    // A new file becomes libvirt XML as its root element is typed.
    vscode.workspace.onDidChangeTextDocument((e) => startFor(context, e.document)),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration('virtlint')) void restart(context);
    }),
    // Trusted now: the configuration files the untrusted workspace's server did not run may be used.
    vscode.workspace.onDidGrantWorkspaceTrust(() => void restart(context)),
    vscode.commands.registerCommand('virtlint.restart', () => restart(context)),
  );
}

export function deactivate(): Promise<void> {
  return stop();
}
