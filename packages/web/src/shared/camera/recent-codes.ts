/** How long a code must be out of sight before seeing it again counts as a new scan. */
export const RECENT_CODE_WINDOW_MS = 1_500;

/** Remembers the codes the camera saw lately, so one barcode held in view is one scan. */
export type RecentCodes = {
  /**
   * Whether `code`, seen at `now` (ms), is a new scan: false while the same code was seen less than
   * the window ago. Every sighting counts, accepted or not.
   */
  readonly accept: (code: string, now: number) => boolean;
};

/**
 * The de-duplication of camera scans. The window runs from the code's last sighting, not its first
 * scan: a barcode left in front of the lens is seen a few times a second for as long as it stays, and
 * must not be added again every `windowMs`. Taking it away for longer than that and showing it again
 * (the next unit of the same product) is a new scan.
 */
export function createRecentCodes(windowMs: number = RECENT_CODE_WINDOW_MS): RecentCodes {
  const lastSeen = new Map<string, number>();
  return {
    accept(code, now) {
      const before = lastSeen.get(code);
      lastSeen.set(code, now);
      // Forget codes long gone, so the map stays as small as what is in front of the lens.
      for (const [seen, at] of lastSeen) if (now - at >= windowMs) lastSeen.delete(seen);
      return before === undefined || now - before >= windowMs;
    },
  };
}
