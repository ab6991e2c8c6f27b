import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app';
import './shared/i18n/i18n';
import { ToastProvider } from './shared/components/toast-provider';
import { registerServiceWorker } from './shared/pwa/register-service-worker';
import { SessionProvider } from './shared/session/session-provider';
import { initSettings } from './shared/settings/use-settings';
import './shared/theme.css';

initSettings();
registerServiceWorker();

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

createRoot(root).render(
  <StrictMode>
    <SessionProvider>
      <ToastProvider>
        <App />
      </ToastProvider>
    </SessionProvider>
  </StrictMode>,
);
