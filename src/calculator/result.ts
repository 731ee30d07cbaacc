/** A problem with one input, named by its spec key, phrased for the person who typed it. */
export interface FieldIssue {
  field: string;
  message: string;
  /** A required input that was not given (nothing typed was wrong): surfaces ask for it instead. */
  missing?: true;
}

/** Parsers and validators return this instead of throwing: bad input is expected, not exceptional. */
export type Result<T, E = FieldIssue[]> = { ok: true; value: T } | { ok: false; error: E };

export const ok = <T>(value: T): { ok: true; value: T } => ({ ok: true, value });
export const fail = <E>(error: E): { ok: false; error: E } => ({ ok: false, error });
