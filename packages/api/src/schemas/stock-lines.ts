import { z } from 'zod';

/** The lines of a stock document (an adjustment, a receipt): 1 to 500, each product once. */
export function stockLines<Line extends z.ZodType<{ productId: string }>>(line: Line) {
  return z
    .array(line)
    .min(1)
    .max(500)
    .superRefine((lines, ctx) => {
      const seen = new Set<string>();
      for (const [index, { productId }] of lines.entries()) {
        if (seen.has(productId)) {
          ctx.addIssue({
            code: 'custom',
            path: [index, 'productId'],
            message: 'each product once: add up its lines',
          });
        }
        seen.add(productId);
      }
    });
}
