import { randomUUID } from 'node:crypto';
import { expect, it } from 'vitest';
import { createStaffRepository, type NewStaffMember } from './staff-repository';
import { createStoreRepository } from './store-repository';
import { describeEachDialect, newStoreFixture } from './testing';

describeEachDialect('staff repository', (getDb) => {
  const newMember = (roleId: string, storeIds: string[] = []): NewStaffMember => ({
    id: randomUUID(),
    username: `user-${randomUUID()}`,
    displayName: '李店长',
    roleId,
    passwordHash: '$argon2id$…',
    pinHash: null,
    active: true,
    createdAt: 9,
    storeIds,
  });

  it('saves roles and replaces their permissions', async () => {
    const staff = createStaffRepository(getDb().db);
    await staff.saveRole({ id: 'manager', name: '店长', permissions: ['refund', 'discount', 'refund'] });
    expect(await staff.getRole('manager')).toEqual({
      id: 'manager',
      name: '店长',
      permissions: ['discount', 'refund'],
    });
    await staff.saveRole({ id: 'manager', name: 'Manager', permissions: ['void'] });
    expect(await staff.listPermissions('manager')).toEqual(['void']);
    expect(await staff.listPermissions('nobody')).toEqual([]);
    expect(await staff.listRoles()).toContainEqual({ id: 'manager', name: 'Manager', permissions: ['void'] });
    expect(await staff.getRole('nobody')).toBeUndefined();
  });

  it('creates staff with store access and finds them by username', async () => {
    const { db } = getDb();
    const staff = createStaffRepository(db);
    const stores = createStoreRepository(db);
    const [a, b] = [await stores.create(newStoreFixture()), await stores.create(newStoreFixture())];
    await staff.saveRole({ id: 'cashier', name: '收银员', permissions: [] });
    const input = newMember('cashier', [a.id]);
    const created = await staff.create(input);
    expect(created).toMatchObject({
      username: input.username,
      active: true,
      failedLogins: 0,
      lockedUntil: null,
    });
    expect(created.storeIds).toEqual([a.id]);
    expect(await staff.getByUsername(input.username)).toEqual(created);
    expect(await staff.hasStoreAccess(created.id, a.id)).toBe(true);
    expect(await staff.hasStoreAccess(created.id, b.id)).toBe(false);
    await staff.setStores(created.id, [a.id, b.id]);
    expect(await staff.hasStoreAccess(created.id, b.id)).toBe(true);
    expect(await staff.update(created.id, { active: false, pinHash: 'pin' })).toMatchObject({
      active: false,
      pinHash: 'pin',
      displayName: '李店长',
    });
  });

  it('refuses a username that is taken, leaving no partial row', async () => {
    const staff = createStaffRepository(getDb().db);
    await staff.saveRole({ id: 'cashier', name: '收银员', permissions: [] });
    const first = await staff.create(newMember('cashier'));
    const clash = { ...newMember('cashier'), username: first.username };
    await expect(staff.create(clash)).rejects.toMatchObject({ constraint: 'username' });
    expect(await staff.get(clash.id)).toBeUndefined();
  });

  it('counts failed logins, locks and resets', async () => {
    const staff = createStaffRepository(getDb().db);
    await staff.saveRole({ id: 'cashier', name: '收银员', permissions: [] });
    const member = await staff.create(newMember('cashier'));
    expect(await staff.recordFailedLogin(member.id)).toBe(1);
    expect(await staff.recordFailedLogin(member.id)).toBe(2);
    await staff.lockUntil(member.id, 1_000);
    expect(await staff.get(member.id)).toMatchObject({ failedLogins: 2, lockedUntil: 1_000 });
    await staff.resetFailedLogins(member.id);
    expect(await staff.get(member.id)).toMatchObject({ failedLogins: 0, lockedUntil: null });
  });
});
