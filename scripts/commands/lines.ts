/**
 * Lines of standard input, one at a time as they arrive, so that a batch answers its first line
 * before the last is written and holds only the current line in memory.
 */
import { StringDecoder } from 'node:string_decoder';

const BOM = '\uFEFF';

/** Splits text into lines as `--batch` reads them: a BOM is dropped, CRLF is one line end. */
export function* textLines(text: string): Generator<string> {
  const body = text.startsWith(BOM) ? text.slice(1) : text;
  if (body === '') return;
  const lines = body.split('\n');
  // A final line end closes the last line; it does not open an empty one.
  if (lines.at(-1) === '') lines.pop();
  for (const line of lines) yield line.endsWith('\r') ? line.slice(0, -1) : line;
}

/** The same lines from a stream of chunks (UTF-8 characters may be split across chunks). */
export async function* streamLines(chunks: AsyncIterable<Buffer | string>): AsyncGenerator<string> {
  const decoder = new StringDecoder('utf8');
  let pending = '';
  let first = true;
  for await (const chunk of chunks) {
    pending += typeof chunk === 'string' ? chunk : decoder.write(chunk);
    if (first && pending.length > 0) {
      if (pending.startsWith(BOM)) pending = pending.slice(1);
      first = false;
    }
    const end = pending.lastIndexOf('\n');
    if (end < 0) continue;
    const complete = pending.slice(0, end);
    pending = pending.slice(end + 1);
    for (const line of complete.split('\n')) yield line.endsWith('\r') ? line.slice(0, -1) : line;
  }
  pending += decoder.end();
  if (first && pending.startsWith(BOM)) pending = pending.slice(1);
  if (pending !== '') yield pending.endsWith('\r') ? pending.slice(0, -1) : pending;
}
