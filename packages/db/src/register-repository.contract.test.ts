import { randomUUID } from 'node:crypto';
import { expect, it } from 'vitest';
import { inTransaction } from './in-transaction';
import { createRegisterRepository } from './register-repository';
import { createStoreRepository } from './store-repository';
import { describeEachDialect, newStoreFixture } from './testing';

describeEachDialect(
  'register repository',
  (getDb) => {
    const newRegister = async (code = '01') => {
      const { db } = getDb();
      const store = await createStoreRepository(db).create(newStoreFixture());
      return createRegisterRepository(db).create({
        id: randomUUID(),
        storeId: store.id,
        code,
        name: 'Till',
        active: true,
        createdAt: 5,
      });
    };

    it('creates, lists and updates registers', async () => {
      const registers = createRegisterRepository(getDb().db);
      const register = await newRegister();
      expect(register).toMatchObject({ code: '01', active: true, nextReceiptSeq: 1, createdAt: 5 });
      const second = await registers.create({ ...register, id: randomUUID(), code: '02' });
      expect((await registers.listByStore(register.storeId)).map((r) => r.code)).toEqual(['01', '02']);
      expect(await registers.update(second.id, { active: false, name: '二号' })).toMatchObject({
        active: false,
        name: '二号',
        code: '02',
      });
      // A new register hands shifts over only by hand; the times it is given come back as saved.
      expect(second.handoverTimes).toEqual([]);
      expect(await registers.update(second.id, { handoverTimes: ['14:00', '22:00'] })).toMatchObject({
        handoverTimes: ['14:00', '22:00'],
        active: false,
      });
    });

    it('refuses a register code taken in the same store, but not in another', async () => {
      const registers = createRegisterRepository(getDb().db);
      const register = await newRegister();
      await expect(registers.create({ ...register, id: randomUUID() })).rejects.toMatchObject({
        name: 'UniqueViolationError',
        constraint: 'code',
      });
      await expect(newRegister(register.code)).resolves.toMatchObject({ code: register.code });
    });

    it('hands out receipt numbers 1, 2, 3…', async () => {
      const registers = createRegisterRepository(getDb().db);
      const register = await newRegister();
      expect(await registers.takeReceiptSeq(register.id)).toEqual({ seq: 1, training: false });
      expect(await registers.takeReceiptSeq(register.id)).toEqual({ seq: 2, training: false });
      expect(await registers.get(register.id)).toMatchObject({ nextReceiptSeq: 3 });
      // Training sales are numbered apart, and say the register is in training.
      await registers.update(register.id, { training: true });
      expect(await registers.takeReceiptSeq(register.id, true)).toEqual({ seq: 1, training: true });
      expect(await registers.get(register.id)).toMatchObject({ nextReceiptSeq: 3, training: true });
      await expect(registers.takeReceiptSeq('missing')).rejects.toThrow('does not exist');
    });

    it('keeps receipt numbers gap-free under 20 concurrent transactions, some rolling back', async () => {
      const { db } = getDb();
      const register = await newRegister();
      const attempts = Array.from({ length: 20 }, (_, i) =>
        inTransaction(db, async (trx) => {
          const { seq } = await createRegisterRepository(trx).takeReceiptSeq(register.id);
          // Hold the row lock across an await so the transactions really overlap.
          await new Promise((resolve) => setTimeout(resolve, 2));
          if (i % 4 === 3) throw new Error('sale failed');
          return seq;
        }),
      );
      const results = await Promise.allSettled(attempts);
      const taken = results.flatMap((r) => (r.status === 'fulfilled' ? [r.value] : [])).sort((a, b) => a - b);
      // A rolled-back number is handed out again, so the committed ones are exactly 1..15.
      expect(taken).toEqual(Array.from({ length: 15 }, (_, i) => i + 1));
      expect(await createRegisterRepository(db).get(register.id)).toMatchObject({ nextReceiptSeq: 16 });
    });
  },
  { poolSize: 25 },
);
