import { charWidth, textWidth } from './text-width';

/** Splits text into words (runs of narrow non-space characters), single wide characters and spaces. */
function tokens(text: string): string[] {
  const out: string[] = [];
  let word = '';
  for (const ch of text) {
    const wide = charWidth(ch.codePointAt(0) ?? 0) === 2;
    if (ch === ' ' || wide) {
      if (word) out.push(word);
      word = '';
      out.push(ch);
    } else {
      word += ch;
    }
  }
  if (word) out.push(word);
  return out;
}

/** Breaks a token wider than `width` into pieces that fit. */
function hardBreak(token: string, width: number): string[] {
  const pieces: string[] = [];
  let piece = '';
  for (const ch of token) {
    if (piece && textWidth(piece + ch) > width) {
      pieces.push(piece);
      piece = '';
    }
    piece += ch;
  }
  if (piece) pieces.push(piece);
  return pieces;
}

/**
 * Wraps text to `width` display columns (see `textWidth`): breaks at spaces and between wide (CJK)
 * characters, hard-breaks words longer than a line, keeps the first line's indentation.
 * Returned lines have no trailing spaces. @internal
 */
export function wrapText(text: string, width: number): string[] {
  const indent = /^ */.exec(text)?.[0] ?? '';
  const lines: string[] = [];
  let line = indent.length < width ? indent : '';
  let pendingSpace = false;
  const flush = (): void => {
    if (line.trim() !== '') lines.push(line);
    line = '';
    pendingSpace = false;
  };
  for (const token of tokens(text.slice(indent.length))) {
    if (token === ' ') {
      pendingSpace = line.trim() !== '';
      continue;
    }
    const candidate = line + (pendingSpace ? ' ' : '') + token;
    if (textWidth(candidate) <= width) {
      line = candidate;
      pendingSpace = false;
      continue;
    }
    if (textWidth(token) <= width) {
      flush();
      line = token;
      continue;
    }
    // Wider than a whole line: fill the current line first, then continue on fresh lines.
    let rest = token;
    const prefix = line + (pendingSpace ? ' ' : '');
    const room = width - textWidth(prefix);
    if (room > 0) {
      const [head = ''] = hardBreak(rest, room);
      line = prefix + head;
      rest = rest.slice(head.length);
    }
    for (const piece of hardBreak(rest, width)) {
      flush();
      line = piece;
    }
  }
  flush();
  return lines.length > 0 ? lines : [''];
}
