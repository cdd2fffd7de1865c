/**
 * The server's lifecycle as the LSP specification orders it: nothing but `initialize` (and `exit`)
 * before `initialize`, `initialize` once, nothing but `exit` after `shutdown`. vscode-languageserver
 * leaves this to the server: it answers a hover sent before `initialize`, runs a second `initialize`
 * again (a new scheduler and settings over the old ones), and keeps linting after `shutdown` (with the
 * lint thread already stopped). It does handle `exit` itself (status 0 after `shutdown`, 1 without).
 */
import { ErrorCodes } from 'vscode-languageserver';

/** What to do with one incoming message. */
export type LifecycleVerdict =
  | { readonly pass: true }
  | { readonly pass: false; readonly reject?: { readonly code: number; readonly message: string }; readonly log: string };

const PASS: LifecycleVerdict = { pass: true };

export class Lifecycle {
  private state: 'new' | 'running' | 'shut down' = 'new';

  /** A shutdown request was accepted (the exit status is 0 from now on). */
  get shutDown(): boolean {
    return this.state === 'shut down';
  }

  /** `id` present: a request; absent: a notification. Responses (to the server's own requests) always pass. */
  judge(method: string, isRequest: boolean): LifecycleVerdict {
    if (method === 'exit') return PASS; // the library ends the process, with the status the spec asks for
    if (isRequest) {
      if (method === 'initialize') {
        if (this.state !== 'new') return reject(ErrorCodes.InvalidRequest, 'initialize was already received; it may be sent once');
        this.state = 'running';
        return PASS;
      }
      if (this.state === 'new') return reject(ErrorCodes.ServerNotInitialized, `${method} before initialize: the server is not initialized yet`);
      if (this.state === 'shut down') return reject(ErrorCodes.InvalidRequest, `${method} after shutdown: only exit is accepted now`);
      if (method === 'shutdown') this.state = 'shut down';
      return PASS;
    }
    if (this.state === 'running') return PASS;
    return { pass: false, log: `virtlint: ${method} ${this.state === 'new' ? 'before initialize' : 'after shutdown'} ignored` };
  }
}

function reject(code: number, message: string): LifecycleVerdict {
  return { pass: false, reject: { code, message }, log: `virtlint: ${message}` };
}
