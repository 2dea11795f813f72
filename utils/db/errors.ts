/**
 * The errors a data operation can answer with. They cross the messaging boundary as `{ code, message }`,
 * so callers branch on the code, never on the (English, developer-facing) message.
 */
import type { z } from 'zod';

export type DataErrorCode =
  | 'invalid-input'
  | 'not-found'
  | 'conflict'
  | 'unknown-request'
  /** The browser refused the write for lack of space (IndexedDB QuotaExceededError): nothing was stored. */
  | 'storage-full'
  | 'internal';

export class DataError extends Error {
  constructor(
    readonly code: DataErrorCode,
    message: string,
  ) {
    super(message);
    // Not 'DataError': Dexie maps errors by name, and IndexedDB has a DataError of its own.
    this.name = 'ZettelDataError';
  }
}

/** Validates an operation's input; the error names the first offending field. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.infer<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const where = issue && issue.path.length > 0 ? issue.path.map(String).join('.') : 'input';
  throw new DataError('invalid-input', `${where}: ${issue?.message ?? 'invalid'}`);
}
