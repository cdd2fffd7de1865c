import fs from 'node:fs';

/** A path's stat through links; nothing when it has none (ENOENT, ENOTDIR, EACCES, a loop: reported where the path is used). */
function statOrNothing(file: string): fs.Stats | undefined {
  try {
    return fs.statSync(file, { throwIfNoEntry: false });
  } catch {
    return undefined;
  }
}

/**
 * The file an --output-file report would replace, so that a run never replaces one of the files it
 * lints with its report (`virtlint -o vm.xml vm.xml`, or -o through a symbolic link to it): the
 * same file is the same device and inode, whatever path (link, hard link, `..`) names it.
 */
export class OutputTarget {
  private constructor(
    private readonly dev: number,
    private readonly ino: number,
  ) {}

  /** The existing regular file at `file` (through symbolic links); undefined when there is none (a new report replaces nothing). */
  static of(file: string): OutputTarget | undefined {
    const st = statOrNothing(file);
    return st?.isFile() ? new OutputTarget(st.dev, st.ino) : undefined;
  }

  /** Whether `file` is the report's target. */
  is(file: string): boolean {
    const st = statOrNothing(file);
    return st !== undefined && st.dev === this.dev && st.ino === this.ino;
  }
}
