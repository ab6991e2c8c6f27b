// XML 1.0 allows TAB, LF, CR and these ranges only. One other character (a control code pasted into
// a product name, a lone surrogate) makes the part malformed, and Excel then refuses the whole file.
const INVALID_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
};

/** Removes the characters XML 1.0 cannot carry. */
export function stripInvalidXml(text: string): string {
  return text.replace(INVALID_XML, '');
}

/** Text safe in XML content and in attribute values: invalid characters dropped, markup escaped. */
export function escapeXml(text: string): string {
  return stripInvalidXml(text).replace(/[&<>"]/g, (ch) => ESCAPES[ch] ?? ch);
}
