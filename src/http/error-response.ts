import type { Language } from '../domain/vocabulary.js';
import { translate } from '../i18n/server/index.js';
import { type CorridorError, ERROR_STATUS, type ErrorCode, type FieldIssue } from '../platform/errors.js';

/** The one JSON error shape of the API. */
export interface ErrorBody {
  error: {
    code: ErrorCode;
    message: string;
    details: {
      requestId: string;
      fields?: Array<FieldIssue & { message: string }>;
      [key: string]: unknown;
    };
  };
}

/** Renders a domain error in the reader's language. */
export function errorBody(error: CorridorError, language: Language, requestId: string): ErrorBody {
  const fields = error.issues.map((issue) => ({
    ...issue,
    message: translate(language, `issue.${issue.code}`, issue.params ?? {}),
  }));
  return {
    error: {
      code: error.code,
      message: translate(language, `error.${error.code}`, error.params),
      details: { requestId, ...error.params, ...(fields.length > 0 ? { fields } : {}) },
    },
  };
}

export function statusOf(code: ErrorCode): number {
  return ERROR_STATUS[code];
}
