import { CorridorError } from './errors.js';

/** A position in a sorted list: the sort key of the last row seen and its id (the tie-breaker). */
export interface CursorPosition {
  key: string;
  id: string;
}

/** Opaque, URL-safe page cursor. */
export function encodeCursor(position: CursorPosition): string {
  return Buffer.from(JSON.stringify([position.key, position.id]), 'utf8').toString('base64url');
}

const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Reads a cursor made by encodeCursor; anything else is InvalidCursor (a 400, never a 500). */
export function decodeCursor(cursor: string | undefined): CursorPosition | null {
  if (cursor === undefined || cursor === '') return null;
  try {
    if (!/^[A-Za-z0-9_-]+$/.test(cursor)) throw new Error('not base64url');
    const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (
      Array.isArray(value) &&
      value.length === 2 &&
      typeof value[0] === 'string' &&
      typeof value[1] === 'string' &&
      value[0].length <= 300 &&
      UUID_PATTERN.test(value[1])
    ) {
      return { key: value[0], id: value[1] };
    }
  } catch {
    // fall through to the domain error
  }
  throw new CorridorError('InvalidCursor');
}
