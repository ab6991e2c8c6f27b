/**
 * Which register this browser is, as the sale screen needs it. A browser becomes a register by
 * pairing (see ../pairing/pairing.ts, which keeps more: the device and the store's time zone).
 */
export type Enrolment = {
  readonly registerId: string;
  /** Unknown only for data left by an older version: found again after sign-in. */
  readonly storeId: string | null;
  readonly registerName: string | null;
  readonly storeName: string | null;
};
