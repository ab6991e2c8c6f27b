import { z } from 'zod';
import { PERMISSIONS, ROLES } from '../permissions';
import { EpochMs, Text, Uuid } from './common';

export const LoginBody = z.strictObject({
  username: Text(1, 64),
  password: z.string().min(1).max(256),
});

/** A cashier signs in on an enrolled register with a short PIN. */
export const PinLoginBody = z.strictObject({
  registerId: Uuid,
  username: Text(1, 64),
  pin: z.string().regex(/^\d{4,8}$/, 'a PIN is 4 to 8 digits'),
});

export const Me = z
  .object({
    id: Uuid,
    username: z.string(),
    displayName: z.string(),
    role: z.union([z.enum(ROLES), z.string()]),
    permissions: z.array(z.enum(PERMISSIONS)),
    storeIds: z.array(Uuid),
    registerId: Uuid.nullable(),
    /** How far this user may discount on their own, in basis points (1000 = 10%). */
    discountLimitBp: z.int().min(0).max(10_000),
  })
  .meta({ id: 'Me' });

export const LoginResponse = z
  .object({ token: z.string(), expiresAt: EpochMs, me: Me })
  .meta({ id: 'Session' });

export type Me = z.infer<typeof Me>;
export type LoginResponse = z.infer<typeof LoginResponse>;
