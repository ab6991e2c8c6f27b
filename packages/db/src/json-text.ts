/** Serializes a value for a JSON text column. */
export function toJsonText(value: unknown): string {
  const text = JSON.stringify(value);
  if (text === undefined) throw new TypeError('value has no JSON representation');
  return text;
}

/** Serializes a value for a nullable JSON text column: `null` and `undefined` become SQL NULL. */
export function toNullableJsonText(value: unknown): string | null {
  return value === null || value === undefined ? null : toJsonText(value);
}

/** Parses a JSON text column; SQL NULL reads as `null`. */
export function fromJsonText(text: string | null): unknown {
  return text === null ? null : JSON.parse(text);
}
