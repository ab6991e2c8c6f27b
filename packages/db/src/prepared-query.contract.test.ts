import { expect, it } from 'vitest';
import { inTransaction } from './in-transaction';
import { prepareQuery } from './prepared-query';
import { describeEachDialect } from './testing';

const insertSettings = prepareQuery((db, params: { rows: { key: string; value: string }[] }) =>
  db.insertInto('settings').values(params.rows),
);
const settingsIn = prepareQuery((db, params: { keys: string[] }) =>
  db.selectFrom('settings').select(['key', 'value']).where('key', 'in', params.keys).orderBy('key'),
);
const bumpSetting = prepareQuery((db, params: { key: string; suffix: string }) =>
  db
    .updateTable('settings')
    .set((eb) => ({ value: eb('value', '||', params.suffix) }))
    .where('key', '=', params.key)
    .where('value', '<>', 'frozen')
    .returning('value'),
);
type AuditRow = {
  id: string;
  at: number;
  action: string;
  staff_id: string | null;
  detail: string | undefined;
};
const insertAudit = prepareQuery((db, params: { row: AuditRow }) =>
  db.insertInto('audit_log').values(params.row),
);

describeEachDialect('prepared queries', (getDb) => {
  it('runs each time with the values given, whatever the number of rows or list items', async () => {
    const { db } = getDb();
    await insertSettings.execute(db, { rows: [{ key: 'pq-a', value: '1' }] });
    await insertSettings.execute(db, {
      rows: [
        { key: 'pq-b', value: '2' },
        { key: 'pq-c', value: '3' },
      ],
    });
    expect(await settingsIn.execute(db, { keys: ['pq-c', 'pq-a'] })).toEqual([
      { key: 'pq-a', value: '1' },
      { key: 'pq-c', value: '3' },
    ]);
    expect(await settingsIn.execute(db, { keys: ['pq-b'] })).toEqual([{ key: 'pq-b', value: '2' }]);
    // The query's own constant ('frozen') stays bound as built; only the params change.
    expect(await bumpSetting.execute(db, { key: 'pq-a', suffix: 'x' })).toEqual([{ value: '1x' }]);
    expect(await bumpSetting.execute(db, { key: 'pq-b', suffix: 'y' })).toEqual([{ value: '2y' }]);
  });

  it('leaves out undefined members as the query builder does, and binds nulls', async () => {
    const { db } = getDb();
    const row = { id: 'pq-audit-1', at: 1, action: 'test', staff_id: null, detail: undefined };
    await insertAudit.execute(db, { row });
    await insertAudit.execute(db, { row: { ...row, id: 'pq-audit-2', detail: '{"n":2}' } });
    const rows = await db
      .selectFrom('audit_log')
      .select(['id', 'staff_id', 'detail'])
      .where('id', 'like', 'pq-audit-%')
      .orderBy('id')
      .execute();
    expect(rows).toEqual([
      { id: 'pq-audit-1', staff_id: null, detail: null },
      { id: 'pq-audit-2', staff_id: null, detail: '{"n":2}' },
    ]);
  });

  it('runs inside a transaction, and rolls back with it', async () => {
    const { db } = getDb();
    await expect(
      inTransaction(db, async (trx) => {
        await insertSettings.execute(trx, { rows: [{ key: 'pq-rolled-back', value: '1' }] });
        expect(await settingsIn.execute(trx, { keys: ['pq-rolled-back'] })).toHaveLength(1);
        throw new Error('undo');
      }),
    ).rejects.toThrow('undo');
    expect(await settingsIn.execute(db, { keys: ['pq-rolled-back'] })).toEqual([]);
  });

  it('refuses a value bound whole as an object', async () => {
    const { db } = getDb();
    const insertJson = prepareQuery((builder, params: { value: { nested: string } }) =>
      builder.insertInto('settings').values({ key: 'pq-json', value: params.value as unknown as string }),
    );
    await expect(insertJson.execute(db, { value: { nested: 'x' } })).rejects.toThrow(/structured value/);
  });
});
