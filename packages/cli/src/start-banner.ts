import type { DemoStaffMember } from './demo/demo-store';

/** Everything the start banner tells the operator. */
export type StartBannerInput = {
  readonly port: number;
  /** The address the server listens on; 0.0.0.0 / :: mean every interface. */
  readonly host: string;
  readonly lanAddresses: readonly string[];
  readonly storage: string;
  readonly ownerUsername: string;
  /** The owner password generated on this (first) start: shown once, never again. */
  readonly generatedOwnerPassword: string | null;
  /** Whether KASSA_OWNER_PASSWORD is set. */
  readonly ownerPasswordFromEnv: boolean;
  /** The demo staff when started with --demo. */
  readonly demoStaff: readonly DemoStaffMember[] | null;
  /** Why the web app will not load, when it is not built. */
  readonly webWarning: string | null;
};

const WILDCARD_HOSTS = new Set(['0.0.0.0', '::', '']);

/** The URLs a browser can use: localhost, plus each LAN address when listening on all interfaces. */
export function startUrls(host: string, port: number, lanAddresses: readonly string[]): string[] {
  if (!WILDCARD_HOSTS.has(host)) {
    return [`http://${host.includes(':') ? `[${host}]` : host}:${port}`];
  }
  return [`http://localhost:${port}`, ...lanAddresses.map((address) => `http://${address}:${port}`)];
}

/** The lines printed once Kassa is listening: where to connect and how to sign in. */
export function formatStartBanner(input: StartBannerInput): string {
  const [local, ...lan] = startUrls(input.host, input.port, input.lanAddresses);
  const lines = ['', `Kassa 已启动 / Kassa is running at ${local}`];
  for (const url of lan)
    lines.push(`  局域网 / on the network: ${url}   (收银平板打开此地址 / open this on a tablet register)`);
  lines.push(`  数据 / data: ${input.storage}`);
  if (input.webWarning) lines.push(`  ! ${input.webWarning}`);
  lines.push('', '登录 / Sign in:');
  lines.push(`  老板 / owner: 用户名 / user name "${input.ownerUsername}", ${ownerPasswordHint(input)}`);
  if (input.demoStaff) {
    lines.push('', '演示员工 / Demo staff (PIN 登录收银台 / PIN signs in at a register):');
    for (const s of input.demoStaff) {
      const password = s.password ? `, 密码 / password "${s.password}"` : '';
      lines.push(
        `  ${s.username.padEnd(9)} ${s.displayName} (${roleLabel(s.role)}): PIN ${s.pin}${password}`,
      );
    }
  }
  lines.push('', '按 Ctrl+C 停止 / Press Ctrl+C to stop', '');
  return lines.join('\n');
}

function ownerPasswordHint(input: StartBannerInput): string {
  if (input.generatedOwnerPassword !== null) {
    return `密码 / password "${input.generatedOwnerPassword}"\n    (首次启动生成，只显示这一次，请记下 / generated on first start and shown only this once: write it down)`;
  }
  if (input.ownerPasswordFromEnv)
    return '密码为 KASSA_OWNER_PASSWORD 的值 / the password from KASSA_OWNER_PASSWORD';
  return '密码为首次启动时显示的密码 / the password shown on the first start';
}

function roleLabel(role: DemoStaffMember['role']): string {
  return role === 'manager' ? '店长 / manager' : '收银员 / cashier';
}
