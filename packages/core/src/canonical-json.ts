function isPlainObject(value: object): value is Record<string, unknown> {
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

function write(value: unknown, path: string, seen: Set<object>): string {
  if (value === null) return 'null';
  switch (typeof value) {
    case 'string':
      return JSON.stringify(value);
    case 'boolean':
      return value ? 'true' : 'false';
    case 'number':
      // Floats and huge integers serialize differently across languages; money is integers anyway.
      if (!Number.isSafeInteger(value))
        throw new TypeError(`${path}: only safe integers are allowed, got ${value}`);
      return String(value === 0 ? 0 : value);
    case 'object':
      break;
    default:
      throw new TypeError(`${path}: ${typeof value} cannot be serialized canonically`);
  }
  if (seen.has(value)) throw new TypeError(`${path}: circular reference`);
  seen.add(value);
  let text: string;
  if (Array.isArray(value)) {
    const items = value.map((item: unknown, i) => {
      if (item === undefined) throw new TypeError(`${path}[${i}]: undefined is not allowed in arrays`);
      return write(item, `${path}[${i}]`, seen);
    });
    text = `[${items.join(',')}]`;
  } else if (isPlainObject(value)) {
    // Default sort compares UTF-16 code units, the order the canonical form specifies.
    const keys = Object.keys(value).sort();
    const members: string[] = [];
    for (const key of keys) {
      const member = value[key];
      if (member === undefined) continue;
      members.push(`${JSON.stringify(key)}:${write(member, `${path}.${key}`, seen)}`);
    }
    text = `{${members.join(',')}}`;
  } else {
    throw new TypeError(
      `${path}: only plain objects and arrays are allowed (got ${value.constructor?.name})`,
    );
  }
  seen.delete(value);
  return text;
}

/**
 * The canonical JSON text of a value, for hashing: object keys sorted by UTF-16 code units, no
 * whitespace, undefined object properties omitted. Only strings, safe integers, booleans, null,
 * arrays and plain objects are allowed, so the same fact always yields the same bytes.
 * @throws TypeError for floats, NaN, bigint, functions, symbols, Dates and other class instances,
 * undefined array items and cycles.
 */
export function canonicalJson(value: unknown): string {
  return write(value, '$', new Set());
}
