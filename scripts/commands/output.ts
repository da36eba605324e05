/** Standard streams for commands that are piped: `… | head -1` must not end in a stack trace. */
import { fstatSync } from 'node:fs';
import type { CommandResult } from './cli';

/** A reader that closed the pipe has all it wanted: end the run quietly, with exit 0. */
export function endQuietlyWhenOutputCloses(): void {
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE' || error.code === 'ERR_STREAM_DESTROYED') process.exit(0);
    throw error;
  });
}

/** Writes to stdout, and waits while the pipe is full, so that output never piles up in memory. */
export function writeOut(text: string): Promise<void> | undefined {
  if (process.stdout.write(text)) return undefined;
  return new Promise((resolve) => process.stdout.once('drain', resolve));
}

/** Prints a finished result and sets the exit code. */
export function finish(result: CommandResult): void {
  if (result.stdout) process.stdout.write(result.stdout);
  if (result.stderr) process.stderr.write(result.stderr);
  process.exitCode = result.code;
}

/** Whether standard input is a directory (`cmd < some/dir`), which cannot be read as lines. */
export function stdinIsDirectory(): boolean {
  try {
    return fstatSync(0).isDirectory();
  } catch {
    return false;
  }
}
