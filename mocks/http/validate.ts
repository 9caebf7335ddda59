import { validationFailed } from './errors';

/**
 * A small validator for request bodies: structure and types (400 VALIDATION_FAILED with one message
 * per field in `details.fields`). Unknown fields are errors too, so that a typo never passes as
 * "field omitted". Rules that need data (a reviewer exists, a reason is in the catalog) are the
 * action's, and answer 422.
 */

export type FieldErrors = Record<string, string>;

/** Validates `value` at `path`, recording problems in `errors`; returns the value when valid. */
export type Check<T> = (value: unknown, path: string, errors: FieldErrors) => T | undefined;

interface Field<T> {
  check: Check<T>;
  optional: boolean;
}

export const required = <T>(check: Check<T>): Field<T> => ({ check, optional: false });
export const optional = <T>(check: Check<T>): Field<T | undefined> => ({
  check: check as Check<T | undefined>,
  optional: true,
});

type Shape = Record<string, Field<unknown>>;
type Infer<S extends Shape> = { [K in keyof S]: S[K] extends Field<infer T> ? T : never };

const fail = (errors: FieldErrors, path: string, message: string) => {
  // Defined, not assigned: a field named `__proto__` must be reported, not set the prototype.
  Object.defineProperty(errors, path || 'body', {
    value: message,
    enumerable: true,
    writable: true,
    configurable: true,
  });
  return undefined;
};

export function integer(options: { min?: number; max?: number } = {}): Check<number> {
  return (value, path, errors) => {
    if (typeof value !== 'number' || !Number.isSafeInteger(value))
      return fail(errors, path, 'must be an integer');
    if (options.min !== undefined && value < options.min)
      return fail(errors, path, `must be at least ${options.min}`);
    if (options.max !== undefined && value > options.max)
      return fail(errors, path, `must be at most ${options.max}`);
    return value;
  };
}

export function finiteNumber(): Check<number> {
  return (value, path, errors) =>
    typeof value === 'number' && Number.isFinite(value)
      ? value
      : fail(errors, path, 'must be a number');
}

/**
 * Characters no text typed by staff has a use for: control characters (tab and line breaks allowed
 * in multi-line text) and the bidirectional overrides, embeddings and isolates that make text read
 * differently from how it is stored.
 */
const CONTROL_MULTILINE =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;
// eslint-disable-next-line no-control-regex
const CONTROL_LINE = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

export function hasControlCharacters(value: string, multiline = false): boolean {
  return (multiline ? CONTROL_MULTILINE : CONTROL_LINE).test(value);
}

/**
 * A string. `multiline` allows tabs and line breaks (notes, messages); other text is one line.
 * Lengths count UTF-16 units after trimming for `min`, as sent for `max`.
 */
export function text(
  options: { min?: number; max?: number; multiline?: boolean } = {},
): Check<string> {
  return (value, path, errors) => {
    if (typeof value !== 'string') return fail(errors, path, 'must be a string');
    if (hasControlCharacters(value, options.multiline))
      return fail(
        errors,
        path,
        options.multiline
          ? 'must not contain control characters or bidirectional overrides'
          : 'must be one line without control characters or bidirectional overrides',
      );
    const length = value.trim().length;
    if (options.min !== undefined && length < options.min) {
      return fail(
        errors,
        path,
        options.min === 1 ? 'must not be empty' : `must have at least ${options.min} characters`,
      );
    }
    if (options.max !== undefined && value.length > options.max)
      return fail(errors, path, `must have at most ${options.max} characters`);
    return value;
  };
}

export function boolean(): Check<boolean> {
  return (value, path, errors) =>
    typeof value === 'boolean' ? value : fail(errors, path, 'must be true or false');
}

export function oneOf<T extends string>(values: readonly T[]): Check<T> {
  return (value, path, errors) =>
    typeof value === 'string' && (values as readonly string[]).includes(value)
      ? (value as T)
      : fail(errors, path, `must be one of ${values.join(', ')}`);
}

/** An ISO 8601 instant with a time zone (Z or an offset). */
export function instant(): Check<string> {
  return (value, path, errors) =>
    typeof value === 'string' &&
    /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/.test(value) &&
    !Number.isNaN(Date.parse(value))
      ? value
      : fail(
          errors,
          path,
          'must be an ISO 8601 time with an offset, e.g. 2026-11-27T10:00:00+08:00',
        );
}

export function nullable<T>(check: Check<T>): Check<T | null> {
  return (value, path, errors) => (value === null ? null : check(value, path, errors));
}

export function arrayOf<T>(
  item: Check<T>,
  options: { min?: number; max?: number } = {},
): Check<T[]> {
  return (value, path, errors) => {
    if (!Array.isArray(value)) return fail(errors, path, 'must be an array');
    if (options.min !== undefined && value.length < options.min)
      return fail(errors, path, `must have at least ${options.min} item(s)`);
    if (options.max !== undefined && value.length > options.max)
      return fail(errors, path, `must have at most ${options.max} items`);
    const before = Object.keys(errors).length;
    const out = value.map((entry, i) => item(entry, `${path}[${i}]`, errors));
    return Object.keys(errors).length === before ? (out as T[]) : undefined;
  };
}

export function object<S extends Shape>(shape: S): Check<Infer<S>> {
  return (value, path, errors) => {
    if (value === null || typeof value !== 'object' || Array.isArray(value)) {
      return fail(errors, path, 'must be a JSON object');
    }
    const before = Object.keys(errors).length;
    const record = value as Record<string, unknown>;
    const out: Record<string, unknown> = {};
    const prefix = path ? `${path}.` : '';
    for (const key of Object.keys(record)) {
      if (!Object.hasOwn(shape, key)) fail(errors, `${prefix}${key}`, 'is not a known field');
    }
    for (const [key, field] of Object.entries(shape)) {
      const present = Object.hasOwn(record, key) && record[key] !== undefined;
      if (!present) {
        if (!field.optional) fail(errors, `${prefix}${key}`, 'is required');
        continue;
      }
      out[key] = field.check(record[key], `${prefix}${key}`, errors);
    }
    return Object.keys(errors).length === before ? (out as Infer<S>) : undefined;
  };
}

/** Validates a request body; a missing body counts as `{}` where every field is optional. */
export function validateBody<T>(body: unknown, check: Check<T>): T {
  const errors: FieldErrors = {};
  const value = check(body === undefined ? {} : body, '', errors);
  if (Object.keys(errors).length > 0 || value === undefined) throw validationFailed(400, errors);
  return value;
}
