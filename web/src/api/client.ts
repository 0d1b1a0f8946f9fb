import i18n from 'i18next';

/** One problem with one input field, with its message already in the reader's language. */
export interface FieldIssue {
  field: string;
  code: string;
  message: string;
  params?: Record<string, string | number>;
}

/** An error answered by the API (or a network failure, with code `NetworkError`). */
export class ApiError extends Error {
  override name = 'ApiError';
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly fields: FieldIssue[] = [],
    readonly requestId: string | null = null,
  ) {
    super(message);
  }

  /** The message for one field, e.g. `title.en`, if the server named it. */
  fieldMessage(field: string): string | undefined {
    return this.fields.find((f) => f.field === field)?.message;
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}

const CSRF_COOKIE = 'corridor_csrf';

/** The CSRF token the server set in a readable cookie at sign-in; echoed on every write. */
function csrfToken(): string | null {
  for (const part of document.cookie.split(';')) {
    const [name, ...rest] = part.trim().split('=');
    if (name === CSRF_COOKIE) return decodeURIComponent(rest.join('='));
  }
  return null;
}

/** Headers every request carries: the UI language (for translated messages) and, on writes, the CSRF token. */
export function requestHeaders(method: string): Record<string, string> {
  const headers: Record<string, string> = {
    accept: 'application/json',
    'accept-language': i18n.resolvedLanguage ?? i18n.language ?? 'en',
  };
  if (method !== 'GET' && method !== 'HEAD') {
    const token = csrfToken();
    if (token) headers['x-csrf-token'] = token;
  }
  return headers;
}

interface ErrorPayload {
  error?: {
    code?: string;
    message?: string;
    details?: { requestId?: string; fields?: FieldIssue[] };
  };
}

/** Turns an API error answer into an ApiError. */
export function errorFromPayload(status: number, payload: unknown): ApiError {
  const error = (payload as ErrorPayload | null)?.error;
  if (!error?.code) return new ApiError(status, 'UnexpectedResponse', `HTTP ${status}`);
  return new ApiError(
    status,
    error.code,
    error.message ?? error.code,
    error.details?.fields ?? [],
    error.details?.requestId ?? null,
  );
}

export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  body?: unknown;
  signal?: AbortSignal;
}

/** Calls the API under /api/v1; resolves with the parsed JSON (undefined without a body) or rejects with ApiError. */
export async function api<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const method = options.method ?? 'GET';
  const headers = requestHeaders(method);
  let body: string | undefined;
  if (options.body !== undefined) {
    headers['content-type'] = 'application/json';
    body = JSON.stringify(options.body);
  }
  let response: Response;
  try {
    response = await fetch(`/api/v1${path}`, {
      method,
      headers,
      body,
      credentials: 'same-origin',
      signal: options.signal,
    });
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === 'AbortError') throw cause;
    throw new ApiError(0, 'NetworkError', i18n.t('errors.network'));
  }
  if (response.status === 204) return undefined as T;
  // Some 202 answers have no body (a request accepted for later), others describe what was queued.
  if (response.status === 202 && !response.headers.get('content-type')?.includes('json'))
    return undefined as T;
  const payload: unknown = await response.json().catch(() => null);
  if (!response.ok) throw errorFromPayload(response.status, payload);
  return payload as T;
}

/** Builds a query string from the defined, non-empty values. */
export function queryString(params: Record<string, string | number | undefined | null>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== '') search.set(key, String(value));
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}
