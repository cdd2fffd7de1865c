/**
 * Where the server's lint options come from: the editor's initialization options (a capabilities
 * file, a schema directory) and, per document, the project's configuration file. Resolved options
 * are cached per directory until a watched file changes.
 */
import path from 'node:path';
import { createCapabilityResolver } from '../caps/index.js';
import type { LintOptions } from '../lint.js';

/** What an editor may pass in `initializationOptions`. Unknown keys are ignored. */
export interface ServerOptions {
  /** Debounce between a change and the lint run, in milliseconds (default 150; 0 lints on every change). */
  readonly debounceMs?: number;
  /** A capabilities file used for every document (like `virtlint --caps FILE`). */
  readonly capsFile?: string;
  /** Validate against another schema directory (like `virtlint --schemas DIR`). */
  readonly schemaDir?: string;
}

export const DEFAULT_DEBOUNCE_MS = 150;

/** Reads initialization options defensively: an editor may send anything. */
export function readServerOptions(raw: unknown): ServerOptions {
  const o = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const out: { -readonly [K in keyof ServerOptions]: ServerOptions[K] } = {};
  if (typeof o.debounceMs === 'number' && Number.isFinite(o.debounceMs) && o.debounceMs >= 0) out.debounceMs = o.debounceMs;
  if (typeof o.capsFile === 'string' && o.capsFile) out.capsFile = o.capsFile;
  if (typeof o.schemaDir === 'string' && o.schemaDir) out.schemaDir = o.schemaDir;
  return out;
}

/** Options for one document, and the files whose change should make us resolve them again. */
export interface ResolvedSettings {
  readonly options: LintOptions;
  /** Absolute paths of configuration and capability files these options were read from. */
  readonly files: readonly string[];
  /** Problems to show the user (an unreadable capabilities file, a broken configuration file). */
  readonly problems: readonly string[];
}

export class SettingsSource {
  private readonly cache = new Map<string, ResolvedSettings>();

  constructor(private readonly server: ServerOptions) {}

  /** Settings for a document on disk (`filePath`) or an unsaved one (undefined). */
  resolve(filePath: string | undefined): ResolvedSettings {
    const key = filePath ? path.dirname(filePath) : '';
    let settings = this.cache.get(key);
    if (!settings) {
      settings = this.load();
      this.cache.set(key, settings);
    }
    return settings;
  }

  /** Drops everything cached (a configuration or capabilities file changed). */
  invalidate(): void {
    this.cache.clear();
  }

  private load(): ResolvedSettings {
    const problems: string[] = [];
    const files: string[] = [];
    let capabilities: LintOptions['capabilities'];
    if (this.server.capsFile) {
      const capsFile = path.resolve(this.server.capsFile);
      files.push(capsFile);
      try {
        capabilities = createCapabilityResolver({ capsFile });
      } catch (e) {
        problems.push(`virtlint: capabilities file ${capsFile}: ${(e as Error).message}`);
      }
    }
    const options: LintOptions = {
      ...(this.server.schemaDir ? { schemaDir: this.server.schemaDir } : {}),
      ...(capabilities ? { capabilities } : {}),
    };
    return { options, files, problems };
  }
}
