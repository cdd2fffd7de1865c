/**
 * Where the server's lint options come from: the project's configuration file
 * (`virtlint.config.{js,mjs,json}`, found upward from each document, as the CLI finds it) and the
 * editor's initialization options, which win like command-line flags do. Everything read is
 * dropped by `invalidate()` when a configuration or capabilities file changes.
 */
import path from 'node:path';
import { ConfigResolver, type EffectiveConfig } from '../config/index.js';
import { isInside } from '../config/load.js';
import { LintOptionsFactory } from '../config/lint-options.js';
import { capsFiles } from '../config/caps-setting.js';
import type { LintOptions } from '../linter/lint.js';
import { runOptionsFrom, type RunOptions } from '../linter/run-options.js';
import { parseTarget, parseTargets } from '../targets/target.js';

/**
 * What an editor may pass in `initializationOptions`. Unknown keys are ignored. Paths are as the
 * editor wrote them: a relative one is relative to the first workspace folder of the moment.
 */
export interface ServerOptions {
  /** Debounce between a change and the lint run, in milliseconds (default 150; 0 lints on every change). */
  readonly debounceMs?: number;
  /** A capabilities file used for every document (like `virtlint --caps FILE`). */
  readonly capsFile?: string;
  /** Validate against another schema directory (like `virtlint --schemas DIR`). */
  readonly schemaDir?: string;
  /** A configuration file for every document instead of looking one up (like `--config FILE`). */
  readonly configFile?: string;
  /** Use no configuration file (like `--no-config`). */
  readonly noConfig?: boolean;
  /** `false`: never run an emulator to learn its capabilities (like `--no-probe`). */
  readonly probe?: boolean;
  /** Largest document linted, in bytes (like `--max-file-size`; default 10 MiB). */
  readonly maxFileSize?: number;
  /** Deepest element nesting accepted (like `--max-depth`). */
  readonly maxDepth?: number;
  /** Time limit of one document's check, in milliseconds (default 60,000): a longer one is stopped and reported on the document. */
  readonly lintTimeoutMs?: number;
  /** Releases the documents must run on, like `--target` ("libvirt@8.0.0" or a list); unparsable entries are ignored. */
  readonly target?: readonly string[];
}

export const DEFAULT_DEBOUNCE_MS = 150;

/** The longest delay a Node timer takes (about 24.8 days). */
const MAX_TIMER_MS = 2 ** 31 - 1;

/**
 * Reads initialization options defensively: an editor may send anything. Paths are kept as written:
 * SettingsSource resolves relative ones against the first workspace folder of the moment (see
 * `pathsAgainst`); with `baseDir`, they are resolved against it here instead.
 */
export function readServerOptions(raw: unknown, baseDir?: string): ServerOptions {
  const o = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const out: { -readonly [K in keyof ServerOptions]: ServerOptions[K] } = {};
  const file = (v: unknown): string | undefined => (typeof v === 'string' && v ? (baseDir === undefined ? v : path.resolve(baseDir, v)) : undefined);
  // Timers wait at most 2^31-1 ms; a longer delay fires at once, with a warning on stderr.
  if (typeof o.debounceMs === 'number' && Number.isFinite(o.debounceMs) && o.debounceMs >= 0) out.debounceMs = Math.min(o.debounceMs, MAX_TIMER_MS);
  if (file(o.capsFile)) out.capsFile = file(o.capsFile);
  if (file(o.schemaDir)) out.schemaDir = file(o.schemaDir);
  if (file(o.configFile)) out.configFile = file(o.configFile);
  if (o.noConfig === true) out.noConfig = true;
  if (o.probe === false) out.probe = false;
  if (typeof o.maxFileSize === 'number' && Number.isSafeInteger(o.maxFileSize) && o.maxFileSize > 0) out.maxFileSize = o.maxFileSize;
  if (typeof o.maxDepth === 'number' && Number.isSafeInteger(o.maxDepth) && o.maxDepth > 0) out.maxDepth = o.maxDepth;
  if (typeof o.lintTimeoutMs === 'number' && Number.isSafeInteger(o.lintTimeoutMs) && o.lintTimeoutMs > 0) out.lintTimeoutMs = Math.min(o.lintTimeoutMs, MAX_TIMER_MS);
  const targets = (typeof o.target === 'string' ? [o.target] : Array.isArray(o.target) ? o.target : []).filter((t): t is string => {
    if (typeof t !== 'string') return false;
    try {
      parseTarget(t);
      return true;
    } catch {
      return false;
    }
  });
  if (targets.length > 0) out.target = targets;
  return out;
}

/** The paths of the editor's settings (capsFile, schemaDir, configFile), made absolute. */
type ServerPaths = Pick<ServerOptions, 'capsFile' | 'schemaDir' | 'configFile'>;

/** The editor's paths resolved against `dir`: a relative path is relative to the (first) workspace folder. */
function pathsAgainst(server: ServerOptions, dir: string): ServerPaths {
  const out: { -readonly [K in keyof ServerPaths]: ServerPaths[K] } = {};
  for (const key of ['capsFile', 'schemaDir', 'configFile'] as const) {
    const given = server[key];
    if (given !== undefined) out[key] = path.resolve(dir, given);
  }
  return out;
}

const samePaths = (a: ServerPaths, b: ServerPaths): boolean => a.capsFile === b.capsFile && a.schemaDir === b.schemaDir && a.configFile === b.configFile;

/** Options for one document, and the files whose change should make us resolve them again. */
export interface ResolvedSettings {
  /** Undefined when the configuration's `ignores` exclude the document: it is not linted. */
  readonly options: LintOptions | undefined;
  /** Absolute paths of the configuration and capability files these options were read from. */
  readonly files: readonly string[];
  /** A problem to show on the document (a broken configuration file); the defaults are used meanwhile. */
  readonly problem?: string;
}

/** What `resolveConfig` answers for one document. */
export interface ResolvedConfig {
  readonly config: EffectiveConfig;
  readonly lookup: string;
  readonly files: readonly string[];
  readonly problem?: string;
  /** The editor's capabilities file, absolute (read through a symbolic link, unlike configured ones: the lint thread's `namedCapsFile`). */
  readonly namedCapsFile?: string;
}

/** Bounds the per-document cache of resolved configurations (one entry per document path). */
const MAX_CACHED_CONFIGS = 1000;

export class SettingsSource {
  private configs: ConfigResolver;
  /**
   * Resolved configurations by lookup path, until `invalidate()`. The server resolves one on every
   * change of a document, and everything it derives from (the configuration files, the editor's
   * settings) changes only with an invalidation.
   */
  private resolved = new Map<string, Promise<ResolvedConfig>>();
  private factory: LintOptionsFactory;
  /** The editor's paths, absolute: resolved again when the first workspace folder changes. */
  private paths: ServerPaths;
  /** The editor's settings as run options (built again only when the workspace folders change). */
  private run: RunOptions;

  /** `baseDir` stands in for the directory of documents not on disk (untitled). */
  constructor(
    private readonly server: ServerOptions,
    private readonly baseDir: string,
    /**
     * The editor's workspace folders, when it opened some: configuration lookup stays inside them.
     * Undefined (or empty) when it opened none: lookup stops only at the repository root, as in the CLI.
     */
    private workspaceRoots?: string | readonly string[],
  ) {
    if (!workspaceRoots?.length) this.workspaceRoots = undefined;
    this.paths = pathsAgainst(server, this.pathBase());
    this.run = this.runOptions();
    this.configs = new ConfigResolver(this.run.config);
    this.factory = this.newFactory();
  }

  /** The folders of the workspace now, as absolute paths. */
  private folders(): string[] {
    return (typeof this.workspaceRoots === 'string' ? [this.workspaceRoots] : (this.workspaceRoots ?? [])).map((f) => path.resolve(f));
  }

  /**
   * What the editor's relative paths are relative to: the first workspace folder of the moment, as
   * a user reads "relative to the workspace"; with none (all removed, or none opened), the directory
   * the server started with.
   */
  private pathBase(): string {
    return this.folders()[0] ?? this.baseDir;
  }

  private runOptions(): RunOptions {
    const { server, paths } = this;
    return runOptionsFrom({
      ...(paths.configFile ? { configFile: paths.configFile } : {}),
      ...(server.noConfig ? { noConfig: true } : {}),
      ...(paths.capsFile ? { capsFile: paths.capsFile } : {}),
      ...(paths.schemaDir ? { schemaDir: paths.schemaDir } : {}),
      ...(server.probe === false ? { probe: false as const } : {}),
      ...(server.maxDepth ? { maxDepth: server.maxDepth } : {}),
      // An empty list (the editor removed its last folder) bounds too: no document gets configuration from lookup.
      ...(this.workspaceRoots !== undefined ? { config: { workspaceRoot: this.workspaceRoots } } : {}),
      ...(server.target ? { target: server.target } : {}),
    });
  }

  /**
   * The editor added or removed workspace folders (absolute paths). Returns which documents (by
   * path; undefined for an unsaved one) may get another configuration: only those inside a changed
   * folder, since the innermost folder holding any other document is the same as before — or every
   * document, when lookup was not bounded by folders until now, or when the editor's relative paths
   * now resolve elsewhere (the first folder changed). Undefined when nothing changed: a folder
   * removed that was not there, or added again, changes nothing.
   */
  changeWorkspaceFolders(added: readonly string[], removed: readonly string[]): ((filePath: string | undefined) => boolean) | undefined {
    const wasBounded = this.workspaceRoots !== undefined;
    const current = this.folders();
    const toAdd = [...new Set(added.map((f) => path.resolve(f)))].filter((f) => !current.includes(f));
    const toRemove = removed.map((f) => path.resolve(f)).filter((f) => current.includes(f));
    if (toAdd.length === 0 && toRemove.length === 0) return undefined;
    this.workspaceRoots = [...current.filter((f) => !toRemove.includes(f)), ...toAdd];
    const paths = pathsAgainst(this.server, this.pathBase());
    const pathsMoved = !samePaths(paths, this.paths);
    const folders = [...toAdd, ...toRemove];
    const affected = (filePath: string | undefined): boolean => {
      const dir = path.dirname(this.lookupPath(filePath));
      return !wasBounded || pathsMoved || folders.some((f) => isInside(dir, f));
    };
    this.paths = paths;
    this.run = this.runOptions();
    this.configs = new ConfigResolver(this.run.config);
    // The factory holds the editor's capabilities file (as the one read through a link).
    if (pathsMoved) this.factory = this.newFactory();
    for (const lookup of [...this.resolved.keys()]) if (affected(lookup)) this.resolved.delete(lookup);
    return affected;
  }

  /** The path configuration is looked up for: the document's own, or a stand-in in `baseDir` for an unsaved one. */
  private lookupPath(filePath: string | undefined): string {
    return filePath ?? path.join(this.baseDir, 'untitled.xml');
  }

  private newFactory(): LintOptionsFactory {
    return new LintOptionsFactory(this.run);
  }

  /** Settings for a document on disk (`filePath`) or an unsaved one (undefined). */
  async resolve(filePath: string | undefined): Promise<ResolvedSettings> {
    const { config, lookup, files, problem: configProblem } = await this.resolveConfig(filePath);
    if (config.ignored) return { options: undefined, files };
    let problem = configProblem;
    let options: LintOptions;
    try {
      options = this.factory.for(config, lookup);
    } catch (e) {
      // An unreadable capabilities file: lint without capabilities and say why.
      problem = (e as Error).message;
      options = {
        filePath: lookup,
        rules: config.rules,
        ...(config.ruleSet ? { ruleSet: config.ruleSet } : {}),
        ...(config.settings.schemas ? { schemaDir: config.settings.schemas } : {}),
        ...(config.settings.target?.length ? { targets: parseTargets(config.settings.target) } : {}),
      };
    }
    return { options, files, ...(problem ? { problem } : {}) };
  }

  /**
   * The configuration for a document, as plain data (for the lint thread), and the files it came
   * from. A broken configuration is a `problem`; the defaults are used meanwhile.
   */
  resolveConfig(filePath: string | undefined): Promise<ResolvedConfig> {
    const lookup = this.lookupPath(filePath);
    let r = this.resolved.get(lookup);
    if (!r) {
      r = this.resolveConfigAfresh(lookup);
      if (this.resolved.size >= MAX_CACHED_CONFIGS) this.resolved.clear();
      this.resolved.set(lookup, r);
    }
    return r;
  }

  private async resolveConfigAfresh(lookup: string): Promise<ResolvedConfig> {
    let config: EffectiveConfig;
    let problem: string | undefined;
    try {
      config = await this.configs.forFile(lookup);
    } catch (e) {
      // A broken configuration is shown on the document; meanwhile the document is linted with the defaults.
      problem = (e as Error).message;
      config = this.defaultConfig();
    }
    const files = [...(config.configFile ? [config.configFile] : []), ...capsFiles(config.settings.caps)];
    const named = this.run.namedCapsFile;
    return { config, lookup, files, ...(problem ? { problem } : {}), ...(named ? { namedCapsFile: named } : {}) };
  }

  /** The settings of the editor alone, for a document whose configuration is broken. */
  private defaultConfig(): EffectiveConfig {
    const s = this.server;
    const p = this.paths;
    return { configFile: undefined, ignored: false, rules: {}, settings: { ...(p.capsFile ? { caps: p.capsFile } : {}), ...(p.schemaDir ? { schemas: p.schemaDir } : {}), ...(s.probe === false ? { probe: false } : {}), ...(s.target ? { target: s.target } : {}) } };
  }

  /** The schema directory that applies to a document (for the grammar behind completion and hover). */
  async schemaDirFor(filePath: string | undefined): Promise<string | undefined> {
    return (await this.resolve(filePath)).options?.schemaDir ?? this.paths.schemaDir;
  }

  /** Drops everything read (a configuration or capabilities file changed). */
  invalidate(): void {
    this.configs = new ConfigResolver(this.run.config);
    this.resolved = new Map();
    this.factory = this.newFactory();
  }
}
