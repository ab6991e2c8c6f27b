import { ApiError, type FieldIssue, isErrorCode } from '@kassa/api';

/** A translate function: i18next's `t`, or a fake in tests. */
export type Translate = (key: string) => string;

/** A failure the register finds itself, with no server involved; its message is in `errors.<code>`. */
export class LocalError extends Error {
  constructor(readonly code: 'refund_offline_unknown' | 'refund_qr_offline') {
    super(code);
  }
}

/**
 * The public code of a failure: an API error code, `network_error` when the server was not reached,
 * or `unknown` for anything else (a bug; the message then stays generic).
 */
export function errorCode(error: unknown): string {
  if (error instanceof ApiError || error instanceof LocalError) return error.code;
  if (typeof error === 'object' && error !== null && 'code' in error && isErrorCode(error.code)) {
    return error.code;
  }
  return 'unknown';
}

/** A message a person understands, in the UI language, for any failure. */
export function errorMessage(t: Translate, error: unknown): string {
  return t(`errors.${errorCode(error)}`);
}

/**
 * Field problems from an API `validation_failed`, keyed by the top-level field (`barcodes.2` →
 * `barcodes`), first problem wins. The server's text is English, so it is shown after a translated
 * lead-in by the form.
 */
export function fieldIssues(error: unknown): Record<string, FieldIssue> {
  const out: Record<string, FieldIssue> = {};
  if (!(error instanceof ApiError)) return out;
  for (const issue of error.issues) {
    const path = issue.path.replace(/^(body|query|params)\./, '');
    const field = path.split('.')[0] ?? path;
    out[field] ??= { path, message: issue.message };
  }
  return out;
}
