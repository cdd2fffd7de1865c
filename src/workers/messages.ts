import { CapabilityFileError } from '../caps/profile-file.js';
import { ConfigError } from '../config/types.js';
import { GrammarError } from '../schema/check.js';
import type { ProbeRequest } from '../caps/index.js';
import type { CapabilityProfile } from '../caps/types.js';
import type { FileResult } from './file-job.js';

export interface Task {
  readonly id: number;
  readonly file: string;
  /** false for a file a walk or glob found: a symbolic link there is not followed. */
  readonly followSymlinks: boolean;
  /** The walk's readdir saw a regular file there (InputFile.seenRegular). */
  readonly seenRegular?: boolean;
  /** The document itself (standard input): linted as `file`'s, which is not read. */
  readonly text?: string;
  /** How `text`'s bytes were encoded, when not UTF-8 (libvirt refuses UTF-16). */
  readonly encoding?: 'utf-16le' | 'utf-16be';
  /** Plugin rules stopped by the time limit in an earlier lint of this file, turned off (stopped-rules.ts). */
  readonly off?: readonly string[];
}

/** Several files per message: one wake-up of the worker (and one reply) per batch, not per file. */
export interface TaskMessage {
  readonly tasks: readonly Task[];
}

/** A worker asks the main thread to run a capability probe (once per run, whichever thread needs it). */
export interface ProbeRequestMessage {
  readonly probe: ProbeRequest & { readonly id: number };
}

export type ProbeReplyMessage = { readonly probeReply: { readonly id: number; readonly profile: CapabilityProfile } } | { readonly probeReply: { readonly id: number; readonly error: string } };

export interface SerializedError {
  readonly name: string;
  readonly message: string;
  readonly stack?: string;
}

export type Reply = { readonly id: number; readonly result: FileResult } | { readonly id: number; readonly error: SerializedError };

/** The replies to one TaskMessage, in its order. */
export interface ReplyMessage {
  readonly replies: readonly Reply[];
}

/** Errors that mean "fix your configuration" keep their class across the thread boundary (exit 2, no stack). */
export function serializeError(e: unknown): SerializedError {
  const err = e instanceof Error ? e : new Error(String(e));
  const name = err instanceof ConfigError ? 'ConfigError' : err instanceof GrammarError ? 'GrammarError' : err instanceof CapabilityFileError ? 'CapabilityFileError' : 'Error';
  return { name, message: err.message, ...(err.stack ? { stack: err.stack } : {}) };
}

export function reviveError(e: SerializedError): Error {
  const err =
    e.name === 'ConfigError' ? new ConfigError(e.message) : e.name === 'GrammarError' ? new GrammarError(e.message) : e.name === 'CapabilityFileError' ? new CapabilityFileError(e.message) : new Error(e.message);
  if (e.stack) err.stack = e.stack;
  return err;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

/** A worker's request for a probe, as the worker sends it. */
export function isProbeRequestMessage(msg: unknown): msg is ProbeRequestMessage {
  return isObject(msg) && isObject(msg.probe) && typeof msg.probe.id === 'number';
}

/**
 * A batch's replies, as the worker sends them. The worker runs plugin code, which can post on the
 * same port: anything else is ignored rather than taken for a result (a `null` result ended the run
 * as an internal error, a string message threw in the main thread and ended the process).
 */
export function isReplyMessage(msg: unknown): msg is ReplyMessage {
  return isObject(msg) && Array.isArray(msg.replies);
}

/** One reply of a batch that can be used: a result with its diagnostics, or an error. */
export function isWellFormedReply(reply: unknown): reply is Reply {
  if (!isObject(reply) || typeof reply.id !== 'number') return false;
  if ('result' in reply) return isObject(reply.result) && typeof reply.result.filePath === 'string' && Array.isArray(reply.result.diagnostics);
  return isObject(reply.error) && typeof reply.error.message === 'string';
}
