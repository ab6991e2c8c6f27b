import { randomUUID } from 'node:crypto';
import { expect, it } from 'vitest';
import { type AuditRecord, createAuditRepository } from './audit-repository';
import { describeEachDialect } from './testing';

describeEachDialect('audit repository', (getDb) => {
  it('records entries and lists them newest first, page by page, filtered', async () => {
    const audit = createAuditRepository(getDb().db);
    const storeId = randomUUID();
    const records: AuditRecord[] = [10, 20, 20, 30].map((at, i) => ({
      id: randomUUID(),
      at,
      staffId: i === 0 ? 'approver' : null,
      storeId,
      action: 'refund.approved',
      targetType: 'sale',
      targetId: `sale-${i}`,
      detail: i === 0 ? { approvedBy: 'manager-1', amount: 500 } : null,
    }));
    for (const record of records) await audit.record(record);
    await audit.record({ ...records[0], id: randomUUID(), storeId: 'elsewhere' } as AuditRecord);

    const seen: AuditRecord[] = [];
    let page = await audit.list({ storeId, limit: 3 });
    seen.push(...page.items);
    while (page.next) {
      page = await audit.list({ storeId, limit: 3, before: page.next });
      seen.push(...page.items);
    }
    const expected = [...records].sort((a, b) => b.at - a.at || (a.id < b.id ? 1 : -1));
    expect(seen).toEqual(expected);
    expect((await audit.list({ storeId, staffId: 'approver', limit: 10 })).items).toEqual([records[0]]);
  });
});
