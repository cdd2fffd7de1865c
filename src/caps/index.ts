import fs from 'node:fs';
import path from 'node:path';
import { ProbeCache, probeCacheKey } from './cache.js';
import {
  checkExecutionPolicy,
  decideOnPlace,
  type EmulatorBinary,
  forbiddenRootsForDocument,
  inspectEmulatorBinary,
  type PolicyDecision,
  realpathOrUndefined,
} from './policy.js';
import { probeEmulator } from './probe.js';
import { loadProfileFile } from './profile-file.js';
import { DEFAULT_QMP_LIMITS, type QmpLimits } from './qmp-session.js';
import type { CapabilityResolver, ResolveContext, ResolvedCapabilities } from './resolver.js';
import type { CapabilityProfile } from './types.js';
import { CapabilityView, type HostFacts } from './view.js';
import { type FirmwareDescriptor, readFirmwareDescriptors } from './firmware.js';

/** One live probe to run: plain data, so that a worker thread can hand it to the main thread. */
export interface ProbeRequest {
  /** Identity of the binary and of the request (path, size, mtime, emulator name, limits). */
  readonly key: string;
  readonly binary: string;
  readonly emulatorPath: string;
  readonly limits: QmpLimits;
}

export type ProbeRunner = (request: ProbeRequest) => Promise<CapabilityProfile>;

const probesOfThisProcess = new Map<string, Promise<CapabilityProfile>>();

/** Runs each distinct probe once per process (failures included): the main thread's runner. */
export function probeOncePerProcess(request: ProbeRequest): Promise<CapabilityProfile> {
  let p = probesOfThisProcess.get(request.key);
  if (!p) {
    p = probeEmulator(request.binary, request.emulatorPath, request.limits);
    probesOfThisProcess.set(request.key, p);
    // A failure answers every thread of this run, but a long-lived process (the language server) tries again later.
    p.catch(() => setTimeout(() => probesOfThisProcess.delete(request.key), 60_000).unref());
  }
  return p;
}

let runProbe: ProbeRunner = probeOncePerProcess;

/** Worker threads route their probes to the main thread, so an emulator is probed once per run, not once per worker. */
export function setProbeRunner(runner: ProbeRunner): void {
  runProbe = runner;
}

/** How capabilities are found; built from CLI flags and configuration (`settings.caps`, `settings.probe`). */
export interface CapabilitySettings {
  /** One capabilities file for every document (`--caps FILE`, `settings.caps` as a string); wins over every other source. */
  readonly capsFile?: string;
  /** The capabilities file the user named (--caps, an editor setting): the only one read through a symbolic link. */
  readonly namedCapsFile?: string;
  /** Capability files per emulator path (`settings.caps` as an object), used before probing. */
  readonly emulatorFiles?: Readonly<Record<string, string>>;
  /** Base directory for relative paths in `emulatorFiles` (the configuration file's directory). */
  readonly baseDir?: string;
  /** Whether a live probe of an allowed emulator binary is permitted (default true; `--no-probe`). */
  readonly probe?: boolean;
  /** Explicit allow-list of emulator paths that may be executed (replaces the default policy). */
  readonly probeAllow?: readonly string[];
  /** Wall-clock limit for one probe, in ms (default 10 s). */
  readonly probeTimeoutMs?: number;
  /** Use the on-disk probe cache (default true; `--no-cache`). */
  readonly cache?: boolean;
  /** Directory for the probe cache (default: `$XDG_CACHE_HOME/virtlint` or `~/.cache/virtlint`). */
  readonly cacheDir?: string;
  /** The inputs being linted (files or directories): never a place to execute an emulator from. */
  readonly lintRoots?: readonly string[];
}

/** When the host facts an answer was made from were looked at: the answer expires with the oldest. */
interface FactsAge {
  oldest: number;
}

/** Answers kept for a few seconds, by key; bounded (a hostile batch may name any number of paths). */
class ShortLivedMemo {
  private readonly entries = new Map<string, { value: unknown; at: number }>();

  constructor(private readonly ttlMs = 5000) {}

  /** The answer for `key`, computed when missing or stale; `age` learns when it was computed. */
  get<T>(key: string, compute: () => T, age?: FactsAge): T {
    const now = Date.now();
    let entry = this.entries.get(key);
    if (!entry || now - entry.at >= this.ttlMs) {
      entry = { value: compute(), at: now };
      this.remember(key, entry);
    }
    if (age) age.oldest = Math.min(age.oldest, entry.at);
    return entry.value as T;
  }

  private remember(key: string, entry: { value: unknown; at: number }): void {
    if (this.entries.size >= 10_000) this.entries.clear();
    this.entries.set(key, entry);
  }
}

/**
 * The resolver's answers, per emulator and per document directory (`writtenDirKey`): two levels, so
 * that a document's lookup builds no key. An answer is kept until the oldest host fact it was made
 * from is `ttlMs` old (it is as old as the oldest of them), and bounded like `ShortLivedMemo`.
 */
class AnswerMemo<T> {
  private readonly byEmulator = new Map<string, Map<string, { value: T; at: number }>>();
  private size = 0;

  constructor(private readonly ttlMs = 5000) {}

  get(emulator: string, dirKey: string, compute: (age: FactsAge) => T): T {
    const hit = this.byEmulator.get(emulator)?.get(dirKey);
    if (hit && Date.now() - hit.at < this.ttlMs) return hit.value;
    const age = { oldest: Infinity };
    const value = compute(age);
    if (this.size >= 10_000) {
      this.byEmulator.clear();
      this.size = 0;
    }
    let byDir = this.byEmulator.get(emulator);
    if (!byDir) this.byEmulator.set(emulator, (byDir = new Map()));
    if (!byDir.has(dirKey)) this.size++;
    byDir.set(dirKey, { value, at: age.oldest });
    return value;
  }

  forget(emulator: string, dirKey: string, value: T): void {
    const byDir = this.byEmulator.get(emulator);
    if (byDir?.get(dirKey)?.value === value) {
      byDir.delete(dirKey);
      this.size--;
    }
  }
}

/**
 * Finds capabilities in this order: `--caps FILE`; the file configured for the document's emulator;
 * a cached probe; a live probe of the emulator when policy allows it. Files are read (and validated)
 * when the resolver is built, so a bad file is a configuration error before any document is linted.
 */
class SettingsResolver implements CapabilityResolver {
  private readonly fixed: CapabilityProfile | undefined;
  private readonly perEmulator = new Map<string, { file: string; profile: CapabilityProfile }>();
  private readonly probes = new Map<string, Promise<{ profile: CapabilityProfile; cached: boolean }>>();
  private readonly cache: ProbeCache | undefined;
  /**
   * Host facts and policy decisions of this run, per emulator path (and, for decisions, per set of
   * forbidden roots): each costs a realpath and a stat of the binary and of every directory above
   * it, and thousands of documents in a batch name the same emulator. Remembering them cannot make
   * the run execute anything new: a binary is probed at most once per process (probeOnce), keyed by
   * the stat the first decision saw. Kept for a few seconds only, so that a long-lived resolver (the
   * language server's) still sees an emulator installed or moved while the editor is open.
   */
  private readonly hostFacts = new ShortLivedMemo();
  /** One answer (see `resolve`) per emulator and document directory, kept as long as its host facts. */
  private readonly answers = new AnswerMemo<Promise<ResolvedCapabilities>>();

  constructor(private readonly settings: CapabilitySettings) {
    // Files named by the repository's configuration are not read through symbolic links (docs/security.md).
    this.fixed = settings.capsFile !== undefined ? loadProfileFile(settings.capsFile, { followSymlinks: settings.capsFile === settings.namedCapsFile }) : undefined;
    for (const [emulator, file] of Object.entries(settings.emulatorFiles ?? {})) {
      const resolved = settings.baseDir ? path.resolve(settings.baseDir, file) : file;
      this.perEmulator.set(emulator, { file: resolved, profile: loadProfileFile(resolved, { followSymlinks: false }) });
    }
    this.cache = settings.cache === false ? undefined : new ProbeCache(settings.cacheDir);
  }

  private firmware: { value: readonly FirmwareDescriptor[] | undefined } | undefined;

  /** This host's firmware descriptors, read once per resolver (a host fact, like the emulator's existence). */
  private hostFirmware(): readonly FirmwareDescriptor[] | undefined {
    this.firmware ??= { value: readFirmwareDescriptors() };
    return this.firmware.value;
  }

  private get probeEnabled(): boolean {
    return this.settings.probe !== false;
  }

  /**
   * One answer (one CapabilityView, read-only) per emulator and document directory, not per
   * document: everything it depends on is a host fact of `hostFacts` (kept as long as they are) or
   * is fixed for the resolver's life (files, probes, firmware).
   */
  resolve(emulatorPath: string | undefined, context: ResolveContext = {}): Promise<ResolvedCapabilities> {
    const emulator = emulatorPath ?? '';
    const dirKey = writtenDirKey(context.documentPath);
    return this.answers.get(emulator, dirKey, (age) => {
      const answer = this.resolveNow(emulatorPath, context, age);
      // A host check that threw is not kept: the next document tries again, as before.
      answer.catch(() => this.answers.forget(emulator, dirKey, answer));
      return answer;
    });
  }

  /** The host facts it uses are all looked at before its first await (`age` must know them). */
  private async resolveNow(emulatorPath: string | undefined, context: ResolveContext, age: FactsAge): Promise<ResolvedCapabilities> {
    const notes: string[] = [];
    const host: HostFacts = {
      probeEnabled: this.probeEnabled,
      ...(emulatorPath ? { emulatorPath } : {}),
      ...(this.probeEnabled && emulatorPath && path.isAbsolute(emulatorPath) ? { emulatorExists: this.exists(emulatorPath, age) } : {}),
      ...(this.probeEnabled && this.hostFirmware() ? { firmware: this.hostFirmware() } : {}),
    };
    const answer = (profile: CapabilityProfile, note: string): ResolvedCapabilities => {
      if (profile.emulator && emulatorPath && profile.emulator !== emulatorPath) {
        notes.push(`${note}; they describe ${profile.emulator}, the document names ${emulatorPath}`);
      } else notes.push(note);
      return { view: Object.freeze(new CapabilityView(profile, host)), notes: Object.freeze(notes) };
    };
    const nothing = (note: string): ResolvedCapabilities => {
      notes.push(`${note}: capability rules stay silent`);
      return { view: Object.freeze(new CapabilityView({}, host)), notes: Object.freeze(notes) };
    };

    if (this.fixed) return answer(this.fixed, `capabilities from ${this.fixed.sourceDescription ?? this.settings.capsFile} (--caps)`);
    if (!emulatorPath) return nothing('the domain names no <emulator>');
    const mapped = this.perEmulator.get(emulatorPath);
    if (mapped) return answer(mapped.profile, `capabilities of ${emulatorPath} from ${mapped.profile.sourceDescription ?? mapped.file} (configuration)`);
    if (!this.probeEnabled) return nothing(`no capabilities file for ${emulatorPath} and probing is off`);

    const decision = this.decide(emulatorPath, context.documentPath, age);
    if (!decision.allowed) return nothing(`${emulatorPath} was not probed: ${decision.reason}`);
    try {
      const { profile, cached } = await this.probeOnce(emulatorPath, decision.realPath, decision.stat);
      return answer(profile, `capabilities from ${profile.sourceDescription ?? `probe of ${emulatorPath}`}${cached ? ' (cached)' : ''}`);
    } catch (e) {
      return nothing(`probing ${emulatorPath} failed: ${(e as Error).message}`);
    }
  }

  private exists(emulatorPath: string, age: FactsAge): boolean {
    return this.hostFacts.get(`exists\0${emulatorPath}`, () => fs.existsSync(emulatorPath), age);
  }

  /**
   * The execution policy's decision for an emulator named by a document (see `hostFacts`), as
   * checkExecutionPolicy makes it, with its parts remembered separately: the binary's checks and
   * those of its place and name per emulator, the real path of each forbidden root per root. Only
   * the comparison of the binary's real path with the document's roots is made per directory.
   */
  private decide(emulatorPath: string, documentPath: string | undefined, age: FactsAge): PolicyDecision {
    const documentRoots = this.hostFacts.get(`roots\0${this.documentDirs.of(documentPath)}`, () => forbiddenRootsForDocument(documentPath), age);
    return checkExecutionPolicy(
      emulatorPath,
      { ...(this.settings.probeAllow ? { allow: this.settings.probeAllow } : {}), forbiddenRoots: [...(this.settings.lintRoots ?? []), ...documentRoots] },
      {
        binary: (p) => this.hostFacts.get(`binary\0${p}`, () => inspectEmulatorBinary(p), age),
        realRoot: (root) => this.hostFacts.get(`realpath\0${root}`, () => realpathOrUndefined(root), age),
        // Kept with the binary it was made for: it is as old as the binary's checks, and expires with them.
        onPlace: (p, binary, allow) => {
          let decision = this.placeDecisions.get(binary);
          if (!decision) this.placeDecisions.set(binary, (decision = decideOnPlace(p, binary, allow)));
          return decision;
        },
      },
    );
  }

  private readonly placeDecisions = new WeakMap<EmulatorBinary, PolicyDecision>();
  private readonly documentDirs = new DocumentDirs();

  /** One probe per binary per process, however many documents name it; results go to the disk cache. */
  private probeOnce(emulatorPath: string, realPath: string, stat: fs.Stats): Promise<{ profile: CapabilityProfile; cached: boolean }> {
    const key = probeCacheKey(realPath, stat);
    const memoKey = JSON.stringify(key);
    let pending = this.probes.get(memoKey);
    if (!pending) {
      pending = (async () => {
        const hit = this.cache?.get(key);
        if (hit) return { profile: hit, cached: true };
        const limits = { ...DEFAULT_QMP_LIMITS, ...(this.settings.probeTimeoutMs ? { timeoutMs: this.settings.probeTimeoutMs } : {}) };
        const profile = await runProbe({ key: JSON.stringify([key, emulatorPath, limits]), binary: realPath, emulatorPath, limits });
        this.cache?.set(key, profile);
        return { profile, cached: false };
      })();
      this.probes.set(memoKey, pending);
    }
    return pending;
  }
}

/**
 * The document's directory as written, with the working directory for a relative path ('' for no
 * file or a name like `<stdin>`): documents with the same key are in the same directory, and it is
 * found without resolving the path (resolving every document's path cost more than the rest of a
 * remembered answer).
 */
function writtenDirKey(documentPath: string | undefined): string {
  if (!documentPath || documentPath.startsWith('<')) return '';
  const cut = documentPath.lastIndexOf(path.sep) + 1;
  const base = documentPath.slice(cut);
  // Only a plain file name can be cut off without resolving: dirname(resolve("a/..")) is not resolve("a").
  if (base === '' || base === '.' || base === '..') return path.dirname(path.resolve(documentPath));
  const written = documentPath.slice(0, cut);
  return path.isAbsolute(written) ? written : `${process.cwd()}\0${written}`;
}

/** The absolute directory of each document, remembered by `writtenDirKey`; bounded, like `ShortLivedMemo`. */
class DocumentDirs {
  private readonly dirs = new Map<string, string>();

  of(documentPath: string | undefined): string {
    if (!documentPath || documentPath.startsWith('<')) return '';
    const key = writtenDirKey(documentPath);
    let dir = this.dirs.get(key);
    if (dir === undefined) {
      dir = path.dirname(path.resolve(documentPath));
      if (this.dirs.size >= 10_000) this.dirs.clear();
      this.dirs.set(key, dir);
    }
    return dir;
  }
}

/** Builds the resolver the pipeline uses. Throws CapabilityFileError for an unusable capabilities file. */
export function createCapabilityResolver(settings: CapabilitySettings): CapabilityResolver {
  return new SettingsResolver(settings);
}

export { CapabilityFileError, loadProfileFile } from './profile-file.js';
export { checkExecutionPolicy } from './policy.js';
export { probeEmulator } from './probe.js';
export type { CapabilityResolver, ResolvedCapabilities } from './resolver.js';
