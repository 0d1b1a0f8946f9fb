import { z } from 'zod';
import { LANGUAGES } from '../domain/vocabulary.js';
import { foldZawgyiToUnicode } from '../engines/text/zawgyi.js';
import { type FieldIssue, type FieldIssueCode, validationFailed } from './errors.js';

/** The parts of a zod issue Corridor needs, whether it came straight from zod or through Fastify. */
interface LooseIssue {
  code: string;
  path: ReadonlyArray<PropertyKey>;
  input?: unknown;
  expected?: unknown;
  origin?: unknown;
  minimum?: unknown;
  maximum?: unknown;
  format?: unknown;
  keys?: unknown;
  params?: unknown;
}

function fieldName(path: ReadonlyArray<PropertyKey>, prefix: string): string {
  const parts = path.map((p) => (typeof p === 'number' ? `[${p}]` : String(p)));
  const joined = parts.join('.').replace(/\.\[/g, '[');
  return [prefix, joined].filter(Boolean).join('.') || '(body)';
}

/** Turns zod issues into Corridor's field issues, whose messages are translated at the edge. */
export function fieldIssuesFromZod(issues: readonly LooseIssue[], prefix = ''): FieldIssue[] {
  const result: FieldIssue[] = [];
  for (const issue of issues) {
    const field = fieldName(issue.path, prefix);
    const customCode =
      issue.code === 'custom' && issue.params && typeof issue.params === 'object' && 'code' in issue.params
        ? String((issue.params as { code: unknown }).code)
        : null;
    switch (issue.code) {
      case 'invalid_type':
        result.push(
          issue.input === undefined
            ? { field, code: 'required' }
            : { field, code: 'invalid_type', params: { expected: String(issue.expected) } },
        );
        break;
      case 'too_small':
        result.push({
          field,
          code:
            issue.origin === 'string' ? (Number(issue.minimum) <= 1 ? 'required' : 'too_short') : 'too_small',
          params: { minimum: Number(issue.minimum) },
        });
        break;
      case 'too_big':
        result.push({
          field,
          code: issue.origin === 'string' ? 'too_long' : 'too_big',
          params: { maximum: Number(issue.maximum) },
        });
        break;
      case 'invalid_value':
      case 'invalid_enum_value':
        result.push({ field, code: 'not_allowed_value' });
        break;
      case 'unrecognized_keys':
        for (const key of Array.isArray(issue.keys) ? issue.keys : []) {
          result.push({ field: fieldName([...issue.path, String(key)], prefix), code: 'unknown_field' });
        }
        break;
      case 'invalid_format': {
        const format = String(issue.format);
        const code: FieldIssueCode =
          format === 'email'
            ? 'invalid_email'
            : format === 'url'
              ? 'invalid_url'
              : format === 'date'
                ? 'invalid_date'
                : format === 'uuid' || format === 'guid'
                  ? 'invalid_uuid'
                  : 'invalid_format';
        result.push({ field, code });
        break;
      }
      default:
        result.push({ field, code: isFieldIssueCode(customCode) ? customCode : 'invalid' });
    }
  }
  return result;
}

function isFieldIssueCode(code: string | null): code is FieldIssueCode {
  return (
    code !== null &&
    [
      'required',
      'invalid_type',
      'too_short',
      'too_long',
      'too_small',
      'too_big',
      'not_allowed_value',
      'unknown_field',
      'invalid_email',
      'invalid_url',
      'invalid_date',
      'invalid_format',
      'invalid_uuid',
      'duplicate',
      'invalid',
    ].includes(code)
  );
}

/** Parses `input` with `schema` or throws ValidationFailed naming every bad field. */
export function parseOrThrow<S extends z.ZodType>(schema: S, input: unknown, prefix = ''): z.output<S> {
  const parsed = schema.safeParse(input);
  if (!parsed.success) throw validationFailed(fieldIssuesFromZod(parsed.error.issues, prefix));
  return parsed.data;
}

/** Trimmed text with Zawgyi-encoded Burmese converted to Unicode and NUL characters refused. */
export function cleanText(max: number) {
  return z
    .string()
    .max(max * 4)
    .transform((value) => foldZawgyiToUnicode(value.normalize('NFC').trim()))
    .pipe(
      z
        .string()
        .max(max)
        .refine((value) => !value.includes('\u0000'), { params: { code: 'invalid' } }),
    );
}

/**
 * A text in up to seven languages: `{ "en": "...", "lo": "..." }`. Empty versions are dropped, so
 * clearing a language's box removes that version.
 */
export function multilingualText(max: number) {
  const shape = Object.fromEntries(LANGUAGES.map((lang) => [lang, cleanText(max).optional()])) as Record<
    (typeof LANGUAGES)[number],
    z.ZodOptional<ReturnType<typeof cleanText>>
  >;
  return z
    .object(shape)
    .strict()
    .transform((value) => {
      const kept: Partial<Record<(typeof LANGUAGES)[number], string>> = {};
      for (const lang of LANGUAGES) {
        const text = value[lang];
        if (text) kept[lang] = text;
      }
      return kept;
    });
}

/** A calendar date 'YYYY-MM-DD' that exists. */
export const isoDateSchema = z.iso.date();

/** A UUID path parameter. */
export const uuidSchema = z.uuid();

/**
 * A query-string list: `?kind=technology_offer,technology_request` (or the parameter repeated),
 * each item checked against `item`.
 */
export function queryList<O, T extends z.ZodType<O, string>>(item: T, maxItems = 20) {
  return z
    .union([z.string().max(2000), z.array(z.string().max(2000)).max(maxItems)])
    .transform((value) =>
      (Array.isArray(value) ? value : [value])
        .flatMap((part) => part.split(','))
        .map((part) => part.trim())
        .filter(Boolean),
    )
    .pipe(z.array(item).max(maxItems));
}
