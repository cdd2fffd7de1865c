/** `virtlint caps …` subcommands. Placeholder until the capability issue lands: says so and exits 2. */
export async function capsCommand(
  _argv: readonly string[],
  io: { stderr: NodeJS.WritableStream },
): Promise<number> {
  io.stderr.write('virtlint caps: not available yet\n');
  return 2;
}
