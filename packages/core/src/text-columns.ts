import { textWidth } from './text-width';
import { wrapText } from './text-wrap';

/** `text` wrapped to `columns` display columns, each line centred. */
export function centerText(text: string, columns: number): string[] {
  return wrapText(text, columns).map((line) => {
    const pad = Math.floor((columns - textWidth(line)) / 2);
    return ' '.repeat(Math.max(0, pad)) + line;
  });
}

/** `left … right` on one line when it fits, else the left text wrapped and `right` right-aligned below. */
export function pairText(left: string, right: string, columns: number): string[] {
  const rightWidth = textWidth(right);
  if (rightWidth > columns) return [...wrapText(left, columns), ...wrapText(right, columns)];
  const lines = wrapText(left, columns);
  const last = lines.pop() ?? '';
  const gap = columns - textWidth(last) - rightWidth;
  if (gap >= 1) return [...lines, last + ' '.repeat(gap) + right];
  return [...lines, last, ' '.repeat(columns - rightWidth) + right].filter((l) => l !== '');
}
