/** What {@link scanXml} tells its visitor, in document order; `stopped` ends the scan early. */
export type XmlVisitor = {
  readonly open?: (name: string, attributes: string, empty: boolean) => void;
  readonly close?: (name: string) => void;
  readonly text?: (raw: string, cdata: boolean) => void;
  readonly stopped?: () => boolean;
};

/** Reads attribute `name` (a regular expression) from a tag's raw attributes, decoded. */
export function attribute(name: string): (attributes: string) => string | undefined {
  const pattern = new RegExp(`(?:^|\\s)${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`);
  return (attributes) => {
    const match = pattern.exec(attributes);
    const value = match?.[1] ?? match?.[2];
    return value === undefined ? undefined : decodeXmlText(value);
  };
}

const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** XML character data as text: line breaks normalised as XML requires, then entities decoded. */
export function decodeXmlText(raw: string): string {
  const text = raw.includes('\r') ? raw.replace(/\r\n?/g, '\n') : raw;
  if (!text.includes('&')) return text;
  return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);/g, (whole, body: string) => {
    if (body[0] !== '#') return ENTITIES[body] ?? whole;
    const code = body[1] === 'x' ? Number.parseInt(body.slice(2), 16) : Number.parseInt(body.slice(1), 10);
    return code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

/**
 * A small XML scanner for the parts of a workbook: elements by local name (a prefix such as 'x:' is
 * dropped), their raw attributes, and raw character data. Declarations, comments and DOCTYPEs are
 * skipped. Malformed XML ends the scan where it breaks.
 */
export function scanXml(xml: string, visitor: XmlVisitor): void {
  let i = 0;
  while (i < xml.length && !visitor.stopped?.()) {
    const lt = xml.indexOf('<', i);
    const textEnd = lt < 0 ? xml.length : lt;
    if (textEnd > i) visitor.text?.(xml.slice(i, textEnd), false);
    if (lt < 0) return;
    if (xml.startsWith('<![CDATA[', lt)) {
      const end = xml.indexOf(']]>', lt);
      if (end < 0) return;
      visitor.text?.(xml.slice(lt + 9, end), true);
      i = end + 3;
      continue;
    }
    if (xml.startsWith('<!--', lt)) {
      const end = xml.indexOf('-->', lt);
      if (end < 0) return;
      i = end + 3;
      continue;
    }
    // The tag ends at the first '>' outside quotes: attribute values may hold '>'.
    let gt = lt + 1;
    for (let quote = 0; gt < xml.length; gt++) {
      const code = xml.charCodeAt(gt);
      if (quote) quote = code === quote ? 0 : quote;
      else if (code === 34 || code === 39) quote = code;
      else if (code === 62) break;
    }
    if (gt >= xml.length) return;
    i = gt + 1;
    const first = xml[lt + 1];
    if (first === '?' || first === '!') continue;
    const tag = xml.slice(first === '/' ? lt + 2 : lt + 1, gt);
    const nameEnd = tag.search(/[\s/]|$/);
    const qualified = tag.slice(0, nameEnd);
    const name = qualified.slice(qualified.indexOf(':') + 1);
    if (first === '/') visitor.close?.(name);
    else visitor.open?.(name, tag.slice(nameEnd), tag.endsWith('/'));
  }
}
