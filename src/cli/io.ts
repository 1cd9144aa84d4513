/** Small helpers shared by the `troika` subcommands. */
import { clipToWidth, displayWidth, padToWidth } from '../core/display-width.js';

export class UsageError extends Error {}

/** A table cell on one line: line breaks and tabs inside (an error message) would break the columns. */
const oneLine = (text: string) => text.replace(/[\r\n\t\v\f]+/g, ' ');

/**
 * Print a table of rows with aligned columns, measured in terminal columns (display width), so a
 * Chinese feed name or an emoji does not push the rest of its row out of line.
 */
export function formatTable(headers: string[], rows: Array<Array<string | number | null>>): string {
  const cells = [headers, ...rows.map((r) => r.map((c) => (c === null ? '-' : oneLine(String(c)))))];
  const widths = headers.map((_, i) => Math.max(...cells.map((r) => displayWidth(r[i] ?? ''))));
  return cells.map((r) => r.map((c, i) => padToWidth(c, widths[i]!)).join('  ').trimEnd()).join('\n');
}

/** A cell of at most `maxColumns` terminal columns, cut between characters with "…" when shortened. */
export function clipCell(s: string | null | undefined, maxColumns: number): string {
  if (!s) return '';
  return clipToWidth(oneLine(s), maxColumns);
}

/**
 * When the reader of our output goes away (`troika eval … | head`), stop writing instead of dying
 * with an EPIPE stack trace: later writes are dropped and the command finishes its work normally
 * (so a lock is released and a transaction is not cut short), exiting with its own code.
 */
export function dropWritesWhenClosed(stream: NodeJS.WriteStream): void {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE' && error.code !== 'ERR_STREAM_DESTROYED') throw error;
    closedOutputs.add(stream);
    stream.write = (() => true) as typeof stream.write;
  });
}

const closedOutputs = new WeakSet<object>();

/**
 * Whether a write to `stream` already failed because its reader went away: a command whose remaining
 * work only feeds its output (reading more inputs, formatting more lines) can stop there. A pipe's
 * writer learns this only from a write, so the answer comes after the first write past the reader.
 */
export function isOutputClosed(stream: NodeJS.WritableStream): boolean {
  return closedOutputs.has(stream) || (stream as { destroyed?: boolean }).destroyed === true;
}
