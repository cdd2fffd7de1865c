/**
 * File system watching for clients that cannot watch files for us (no dynamic registration of
 * `workspace/didChangeWatchedFiles`), and for files outside the workspace. Directories are watched
 * rather than files, because editors save by writing a new file and renaming it over the old one,
 * which silently ends a watch on the old file.
 */
import fs from 'node:fs';
import path from 'node:path';

export class FileWatcher {
  private readonly watchers = new Map<string, fs.FSWatcher>();
  /** Directory → the base names in it we care about, and whether any name `matchName` accepts counts too. */
  private readonly wanted = new Map<string, { names: Set<string>; any: boolean }>();
  private timer: NodeJS.Timeout | undefined;
  /**
   * Directories that could not be watched (missing, unreadable), with when that was tried. The
   * server asks for its watches on every change of a document: trying again each time cost an
   * `fs.watch` and a thrown error per keystroke (half the server's own work per change for a
   * document in a directory that does not exist); a directory that appears is watched at the next
   * request after `retryMs`.
   */
  private readonly failed = new Map<string, number>();

  /**
   * @param onChange called (debounced) after one of the watched files was created, changed or removed
   * @param matchName base names that matter in directories watched with `watchDirectories`
   */
  constructor(
    private readonly onChange: () => void,
    private readonly matchName: (base: string) => boolean,
    private readonly delayMs = 100,
    private readonly retryMs = 5000,
  ) {}

  /** Watches specific files (capabilities files, a configuration file found). */
  watchFiles(files: Iterable<string>): void {
    for (const file of files) this.entry(path.dirname(file)).names.add(path.basename(file));
  }

  /** Watches directories for any file `matchName` accepts (a configuration file being created). */
  watchDirectories(dirs: Iterable<string>): void {
    for (const dir of dirs) this.entry(dir).any = true;
  }

  private entry(dir: string): { names: Set<string>; any: boolean } {
    let e = this.wanted.get(dir);
    if (!e) {
      e = { names: new Set(), any: false };
      this.wanted.set(dir, e);
    }
    if (!this.watchers.has(dir)) {
      const failedAt = this.failed.get(dir);
      if (failedAt === undefined || Date.now() - failedAt >= this.retryMs) this.watch(dir);
    }
    return e;
  }

  private watch(dir: string): void {
    try {
      const w = fs.watch(dir, { persistent: false }, (_event, filename) => {
        const base = filename ? String(filename) : '';
        const e = this.wanted.get(dir);
        if (base && e && !e.names.has(base) && !(e.any && this.matchName(base))) return;
        this.fire();
      });
      w.on('error', () => {
        // The directory went away: stop watching it; a later resolve watches again if it comes back.
        w.close();
        this.watchers.delete(dir);
      });
      this.watchers.set(dir, w);
      this.failed.delete(dir);
    } catch {
      // Missing or unreadable directory: nothing to watch there (for now).
      this.failed.set(dir, Date.now());
    }
  }

  private fire(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.onChange();
    }, this.delayMs);
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    for (const w of this.watchers.values()) w.close();
    this.watchers.clear();
    this.wanted.clear();
    this.failed.clear();
  }
}
