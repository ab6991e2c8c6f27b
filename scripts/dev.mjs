#!/usr/bin/env node
// `npm run dev`: the server from source (tsx, restarts on change) on :8080 with the demo store, and
// Vite's dev server on :5173 proxying /api to it. Open http://localhost:5173.
import { spawn } from 'node:child_process';

const children = [
  spawn('npx', ['tsx', 'watch', 'packages/cli/src/kassa.ts', 'start', '--demo', '--port', '8080'], {
    stdio: 'inherit',
  }),
  spawn('npx', ['vite', 'packages/web', '--port', '5173'], {
    stdio: 'inherit',
    env: { ...process.env, KASSA_PORT: '8080' },
  }),
];
const stop = () => {
  for (const child of children) child.kill('SIGTERM');
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
