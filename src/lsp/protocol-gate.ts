/**
 * Every incoming message passes here before vscode-languageserver dispatches it (the connection's
 * `messageStrategy`): the lifecycle (lifecycle.ts) and the document synchronisation checks
 * (sync-check.ts) decide whether it reaches the server's handlers.
 */
import { type Connection, ErrorCodes, Message, type MessageStrategy, ResponseError } from 'vscode-languageserver';
import { clipped } from '../quote-long.js';

type NotificationResult = ReturnType<MessageStrategy['handleMessage']>;
import { Lifecycle } from './lifecycle.js';
import { requestProblem } from './request-check.js';
import { notificationProblem, syncProblem, syncUri } from './sync-check.js';

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
    const { method, params } = message;
    // The refusal method is the gate's own: a client calling it is told it does not exist.
    if (isRequest && method === REFUSE_METHOD) return refuse(message, { code: ErrorCodes.MethodNotFound, message: `Unhandled method ${REFUSE_METHOD}` }, next);
    // Checked first for initialize, so that one the server cannot take leaves it uninitialized.
    const invalid = isRequest ? requestProblem(method, params) : undefined;
    if (invalid && method === 'initialize') return refuse(message, { code: ErrorCodes.InvalidParams, message: `${method}: ${invalid}` }, next);
    const verdict = this.lifecycle.judge(method, isRequest);
    if (!verdict.pass) {
      this.log(verdict.log);
      return isRequest && verdict.reject ? refuse(message, verdict.reject, next) : undefined;
    }
    if (isRequest) {
      if (invalid) return refuse(message, { code: ErrorCodes.InvalidParams, message: `${method}: ${invalid}` }, next);
      if (method === 'initialize') this.onInitialize(params);
      return next(message);
    }
    const dropped = notificationProblem(method, params);
    if (dropped) {
      this.log(`virtlint: ${method} ignored: ${dropped}`);
      return;
    }
    const problem = syncProblem(method, params);
    if (!problem) return next(message);
    // The editor's copy and the server's now differ (or cannot be told apart): forget the server's,
    // as a close does, so that no diagnostic or edit is computed for a text the editor does not have.
    const uri = syncUri(params);
    const named = uri === undefined ? 'no document' : clipped(uri, 200);
    this.log(`virtlint: ${method} of ${named} ignored: ${problem}; the document is closed on the server until the editor opens it again`);
    return uri === undefined ? undefined : next({ jsonrpc: message.jsonrpc, method: 'textDocument/didClose', params: { textDocument: { uri } } } as Message);
  }
}

/** Hands a refused request on as the refusal method, which answers it with the error. */
function refuse(request: Message, refusal: Refusal, next: (message: Message) => NotificationResult): NotificationResult {
  return next({ ...request, method: REFUSE_METHOD, params: refusal } as Message);
}
