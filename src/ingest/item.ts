// What the readers yield: a document to code, or an error naming the file (and line) that failed.

import type { InputError } from '../contract.js';
import type { DocInput } from '../coder.js';

export type SourceItem = { doc: DocInput; file: string; line?: number } | { error: InputError };

export interface ReadOptions {
  /** Publication date for plain-text and HTML inputs that carry none (YYYY-MM-DD). */
  published?: string | null;
  /** Largest single document accepted, in bytes (default 10 MiB). */
  maxDocBytes?: number;
}

export const DEFAULT_MAX_DOC_BYTES = 10 * 1024 * 1024;

/** A failure of one input, carried as a value so that the rest of the batch continues. */
export class InputFailure extends Error {
  constructor(readonly file: string, message: string, readonly line?: number) {
    super(message);
  }
  toInputError(): InputError {
    return this.line === undefined
      ? { file: this.file, message: this.message }
      : { file: this.file, line: this.line, message: this.message };
  }
}

export function formatInputError(e: InputError): string {
  return `${e.file}${e.line !== undefined ? `:${e.line}` : ''}: ${e.message}`;
}
