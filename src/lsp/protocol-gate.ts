/**
 * Every incoming message passes here before vscode-languageserver dispatches it (the connection's
 * `messageStrategy`): the lifecycle (lifecycle.ts) and the document synchronisation checks
 * (sync-check.ts) decide whether it reaches the server's handlers.
 */
import { type Connection, Message, type MessageStrategy, ResponseError } from 'vscode-languageserver';

type NotificationResult = ReturnType<MessageStrategy['handleMessage']>;
import { Lifecycle } from './lifecycle.js';
import { syncProblem, syncUri } from './sync-check.js';

/**
 * A refused request still needs its error response, with its id, and only the connection writes
 * responses: the request is handed on renamed to this method, whose handler answers with the error.
 * (A client calling it itself just gets the error it asks for.)
 */
const REFUSE_METHOD = '$/virtlint/refuse';

interface Refusal {
  readonly code: number;
  readonly message: string;
}

export class ProtocolGate implements MessageStrategy {
  private readonly lifecycle = new Lifecycle();
  private log: (line: string) => void = () => {};

  /** `onInitialize` sees the initialize request's params before the server does. */
  constructor(private readonly onInitialize: (params: unknown) => void = () => {}) {}

  get shutDown(): boolean {
    return this.lifecycle.shutDown;
  }

  /** Registers the refusal handler and logs to the connection's console (the editor's log). */
  attach(connection: Connection): void {
    this.log = (line) => connection.console.warn(line);
    connection.onRequest(REFUSE_METHOD, (refusal: Refusal) => new ResponseError(refusal.code, refusal.message));
  }

  handleMessage(message: Message, next: (message: Message) => NotificationResult): NotificationResult {
    const isRequest = Message.isRequest(message);
    if (!isRequest && !Message.isNotification(message)) {
      if (Message.isResponse(message)) return next(message);
      // The library would log the whole message, however large: one short line instead.
      this.log(`virtlint: a message that is neither a request, a notification nor a response ignored (${Array.isArray(message) ? 'a JSON array' : `a JSON ${message === null ? 'null' : typeof message}`})`);
      return;
    }
    const verdict = this.lifecycle.judge(message.method, isRequest);
    if (!verdict.pass) {
      this.log(verdict.log);
      if (isRequest && verdict.reject) next({ ...message, method: REFUSE_METHOD, params: verdict.reject } as Message);
      return;
    }
    if (isRequest && message.method === 'initialize') this.onInitialize(message.params);
    const problem = Message.isNotification(message) ? syncProblem(message.method, message.params) : undefined;
    if (!problem) return next(message);
    // The editor's copy and the server's now differ (or cannot be told apart): forget the server's,
    // as a close does, so that no diagnostic or edit is computed for a text the editor does not have.
    const uri = syncUri(Message.isNotification(message) ? message.params : undefined);
    const named = uri === undefined ? 'no document' : uri.length > 200 ? `${uri.slice(0, 200)}…` : uri;
    this.log(`virtlint: ${(message as { method: string }).method} of ${named} ignored: ${problem}; the document is closed on the server until the editor opens it again`);
    if (uri !== undefined) next({ jsonrpc: message.jsonrpc, method: 'textDocument/didClose', params: { textDocument: { uri } } } as Message);
  }
}
