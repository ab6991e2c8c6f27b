/** What the demo renames the bootstrapped store to. */
export const DEMO_STORE = {
  name: '鲜果多便利超市 (演示店)',
  address: '上海市徐汇区漕溪北路 88 号 (演示地址)',
  phone: '021-5555 0188',
  receiptFooter: '谢谢惠顾，欢迎再次光临！(演示数据)',
} as const;

/** The second register the demo adds beside the bootstrapped '01'. */
export const DEMO_SECOND_REGISTER = { code: '02', name: '2号收银台' } as const;

/** A demo staff member; the credentials are printed at start so anyone can try the register. */
export type DemoStaffMember = {
  readonly username: string;
  readonly displayName: string;
  readonly role: 'manager' | 'cashier';
  readonly password: string | null;
  readonly pin: string;
};

/** The demo staff besides the owner. Public on purpose: this is a demo, never a real shop. */
export const DEMO_STAFF: readonly DemoStaffMember[] = [
  { username: 'manager', displayName: '王店长', role: 'manager', password: 'manager-demo', pin: '1111' },
  { username: 'cashier1', displayName: '李娜', role: 'cashier', password: null, pin: '2222' },
  { username: 'cashier2', displayName: '张伟', role: 'cashier', password: null, pin: '3333' },
];
