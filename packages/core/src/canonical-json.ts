function isPlainObject(value: object): value is Record<string, unknown> {
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/**
 * A refused value deep inside the document. Its path is assembled while it propagates, one
 * segment per enclosing array or object, so serializing a valid document never builds a path.
 */
class Refusal {
  /** Innermost segment first. */
  readonly segments: string[] = [];
  constructor(readonly reason: string) {}
}

function within(error: unknown, segment: string): unknown {
  if (error instanceof Refusal) error.segments.push(segment);
  return error;
}

function write(value: unknown, seen: Set<object>): string {
  if (value === null) return 'null';
  switch (typeof value) {
    case 'string':
      return JSON.stringify(value);
    case 'boolean':
      return value ? 'true' : 'false';
    case 'number':
      // Floats and huge integers serialize differently across languages; money is integers anyway.
      if (!Number.isSafeInteger(value)) throw new Refusal(`only safe integers are allowed, got ${value}`);
      return String(value === 0 ? 0 : value);
    case 'object':
      break;
    default:
      throw new Refusal(`${typeof value} cannot be serialized canonically`);
  }
  if (seen.has(value)) throw new Refusal('circular reference');
  seen.add(value);
  let text: string;
  if (Array.isArray(value)) {
    text = '[';
    let i = 0;
    try {
      for (; i < value.length; i++) {
        const item: unknown = value[i];
        if (item === undefined) throw new Refusal('undefined is not allowed in arrays');
        text += i === 0 ? write(item, seen) : `,${write(item, seen)}`;
      }
    } catch (error) {
      throw within(error, `[${i}]`);
    }
    text += ']';
  } else if (isPlainObject(value)) {
    // Default sort compares UTF-16 code units, the order the canonical form specifies.
    const keys = Object.keys(value).sort();
    text = '{';
    let key = '';
    try {
      for (key of keys) {
        const member = value[key];
        if (member === undefined) continue;
        text += `${text.length === 1 ? '' : ','}${JSON.stringify(key)}:${write(member, seen)}`;
      }
    } catch (error) {
      throw within(error, `.${key}`);
    }
    text += '}';
  } else {
    throw new Refusal(`only plain objects and arrays are allowed (got ${value.constructor?.name})`);
  }
  seen.delete(value);
  return text;
}

/**
 * The canonical JSON text of a value, for hashing: object keys sorted by UTF-16 code units, no
 * whitespace, undefined object properties omitted. Only strings, safe integers, booleans, null,
 * arrays and plain objects are allowed, so the same fact always yields the same bytes.
 * @throws TypeError for floats, NaN, bigint, functions, symbols, Dates and other class instances,
 * undefined array items and cycles; its message starts with the path of the value, e.g.
 * `$.lines[2].amount: only safe integers are allowed, got 1.5`.
 */
export function canonicalJson(value: unknown): string {
  try {
    return write(value, new Set());
  } catch (error) {
    if (!(error instanceof Refusal)) throw error;
    throw new TypeError(`$${error.segments.reverse().join('')}: ${error.reason}`);
  }
}
