import type { Kysely, Selectable } from 'kysely';
import { inTransaction } from './in-transaction';
import type { Schema, StaffTable } from './schema';
import { translateUniqueViolation } from './unique-violation';

/** A role ('owner', 'manager', 'cashier', 'stock_clerk', 'accountant' or custom) and what it may do. */
export interface Role {
  id: string;
  name: string;
  permissions: string[];
}

/** Fields of a staff member that the back office edits. */
export interface StaffFields {
  username: string;
  displayName: string;
  roleId: string;
  passwordHash: string | null;
  pinHash: string | null;
  active: boolean;
}

/** A staff member, with the stores they may work in. */
export interface StaffMember extends StaffFields {
  id: string;
  failedLogins: number;
  lockedUntil: number | null;
  createdAt: number;
  storeIds: string[];
}

/** What creating a staff member needs. */
export interface NewStaffMember extends StaffFields {
  id: string;
  createdAt: number;
  storeIds: readonly string[];
}

/** Staff, roles and store access; `create`/`update` throw `UniqueViolationError<'username'>`. */
export interface StaffRepository {
  /** Creates or renames a role and replaces its permissions. */
  saveRole(role: Role): Promise<void>;
  getRole(id: string): Promise<Role | undefined>;
  listRoles(): Promise<Role[]>;
  /** The role's permissions, sorted; empty for an unknown role. */
  listPermissions(roleId: string): Promise<string[]>;
  create(staff: NewStaffMember): Promise<StaffMember>;
  get(id: string): Promise<StaffMember | undefined>;
  getByUsername(username: string): Promise<StaffMember | undefined>;
  /** Everyone, by username. */
  list(): Promise<StaffMember[]>;
  update(id: string, patch: Partial<StaffFields>): Promise<StaffMember | undefined>;
  /** Replaces the stores the staff member may work in. */
  setStores(staffId: string, storeIds: readonly string[]): Promise<void>;
  hasStoreAccess(staffId: string, storeId: string): Promise<boolean>;
  /** Counts a failed login atomically and returns the new count. */
  recordFailedLogin(staffId: string): Promise<number>;
  /** Refuses logins until the instant `until`. */
  lockUntil(staffId: string, until: number): Promise<void>;
  /** Clears the failed-login count and any lock, after a successful login or by a manager. */
  resetFailedLogins(staffId: string): Promise<void>;
}

const uniqueConstraints = { staff_username_unique: 'username', staff_pkey: 'id' } as const;

/** Staff on `db`, which may be a transaction. */
export function createStaffRepository(db: Kysely<Schema>): StaffRepository {
  const storeIdsOf = async (staffIds: readonly string[]): Promise<Map<string, string[]>> => {
    const byStaff = new Map<string, string[]>(staffIds.map((id) => [id, []]));
    if (staffIds.length === 0) return byStaff;
    const rows = await db
      .selectFrom('staff_stores')
      .select(['staff_id', 'store_id'])
      .where('staff_id', 'in', staffIds)
      .orderBy('store_id')
      .execute();
    for (const row of rows) byStaff.get(row.staff_id)?.push(row.store_id);
    return byStaff;
  };

  const withStores = async (rows: Selectable<StaffTable>[]): Promise<StaffMember[]> => {
    const stores = await storeIdsOf(rows.map((row) => row.id));
    return rows.map((row) => toStaffMember(row, stores.get(row.id) ?? []));
  };

  const one = async (row: Selectable<StaffTable> | undefined) =>
    row ? (await withStores([row]))[0] : undefined;

  const repository: StaffRepository = {
    saveRole: (role) =>
      inTransaction(db, async (trx) => {
        await trx
          .insertInto('roles')
          .values({ id: role.id, name: role.name })
          .onConflict((oc) => oc.column('id').doUpdateSet({ name: role.name }))
          .execute();
        await trx.deleteFrom('role_permissions').where('role_id', '=', role.id).execute();
        const permissions = [...new Set(role.permissions)];
        if (permissions.length > 0) {
          await trx
            .insertInto('role_permissions')
            .values(permissions.map((permission) => ({ role_id: role.id, permission })))
            .execute();
        }
      }),
    async getRole(id) {
      const row = await db.selectFrom('roles').selectAll().where('id', '=', id).executeTakeFirst();
      return row && { id: row.id, name: row.name, permissions: await repository.listPermissions(id) };
    },
    async listRoles() {
      const roles = await db.selectFrom('roles').selectAll().orderBy('id').execute();
      const grants = await db.selectFrom('role_permissions').selectAll().orderBy('permission').execute();
      return roles.map((role) => ({
        id: role.id,
        name: role.name,
        permissions: grants.filter((grant) => grant.role_id === role.id).map((grant) => grant.permission),
      }));
    },
    async listPermissions(roleId) {
      const rows = await db
        .selectFrom('role_permissions')
        .select('permission')
        .where('role_id', '=', roleId)
        .orderBy('permission')
        .execute();
      return rows.map((row) => row.permission);
    },
    async create(staff) {
      await translateUniqueViolation(uniqueConstraints, () =>
        inTransaction(db, async (trx) => {
          await trx
            .insertInto('staff')
            .values({ id: staff.id, created_at: staff.createdAt, locked_until: null, ...toRow(staff) })
            .execute();
          await createStaffRepository(trx).setStores(staff.id, staff.storeIds);
        }),
      );
      const created = await repository.get(staff.id);
      if (!created) throw new Error(`staff ${staff.id} vanished after insert`);
      return created;
    },
    async get(id) {
      return one(await db.selectFrom('staff').selectAll().where('id', '=', id).executeTakeFirst());
    },
    async getByUsername(username) {
      return one(
        await db.selectFrom('staff').selectAll().where('username', '=', username).executeTakeFirst(),
      );
    },
    async list() {
      return withStores(await db.selectFrom('staff').selectAll().orderBy('username').execute());
    },
    async update(id, patch) {
      const current = await repository.get(id);
      if (!current) return undefined;
      await translateUniqueViolation(uniqueConstraints, () =>
        db
          .updateTable('staff')
          .set(toRow({ ...current, ...patch }))
          .where('id', '=', id)
          .execute(),
      );
      return repository.get(id);
    },
    setStores: (staffId, storeIds) =>
      inTransaction(db, async (trx) => {
        await trx.deleteFrom('staff_stores').where('staff_id', '=', staffId).execute();
        const unique = [...new Set(storeIds)];
        if (unique.length > 0) {
          await trx
            .insertInto('staff_stores')
            .values(unique.map((storeId) => ({ staff_id: staffId, store_id: storeId })))
            .execute();
        }
      }),
    async hasStoreAccess(staffId, storeId) {
      const row = await db
        .selectFrom('staff_stores')
        .select('store_id')
        .where('staff_id', '=', staffId)
        .where('store_id', '=', storeId)
        .executeTakeFirst();
      return row !== undefined;
    },
    async recordFailedLogin(staffId) {
      const row = await db
        .updateTable('staff')
        .set((eb) => ({ failed_logins: eb('failed_logins', '+', 1) }))
        .where('id', '=', staffId)
        .returning('failed_logins')
        .executeTakeFirst();
      if (!row) throw new Error(`staff ${staffId} does not exist`);
      return row.failed_logins;
    },
    async lockUntil(staffId, until) {
      await db.updateTable('staff').set({ locked_until: until }).where('id', '=', staffId).execute();
    },
    async resetFailedLogins(staffId) {
      await db
        .updateTable('staff')
        .set({ failed_logins: 0, locked_until: null })
        .where('id', '=', staffId)
        .execute();
    },
  };
  return repository;
}

function toRow(fields: StaffFields) {
  return {
    username: fields.username,
    display_name: fields.displayName,
    role_id: fields.roleId,
    password_hash: fields.passwordHash,
    pin_hash: fields.pinHash,
    active: fields.active ? (1 as const) : (0 as const),
  };
}

function toStaffMember(row: Selectable<StaffTable>, storeIds: string[]): StaffMember {
  return {
    id: row.id,
    username: row.username,
    displayName: row.display_name,
    roleId: row.role_id,
    passwordHash: row.password_hash,
    pinHash: row.pin_hash,
    active: row.active === 1,
    failedLogins: row.failed_logins,
    lockedUntil: row.locked_until,
    createdAt: row.created_at,
    storeIds,
  };
}
