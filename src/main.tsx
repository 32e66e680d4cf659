/**
 * Boot: connect to the portal exactly once, then render. The SDK instance lives as long as the
 * page (never destroyed on unmount, so StrictMode's double effects cannot break the frame).
 */
import './index.css';
import { QueryClientProvider } from '@tanstack/react-query';
import { StrictMode, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { ConnectionError, Connecting } from './app/ConnectionError';
import { OutsidePortal } from './app/OutsidePortal';
import { queryClient } from './app/queryClient';
import { connectToPortal } from './b24';
import { I18nProvider, normaliseLang } from './i18n';

function withLanguage(lang: string, children: ReactNode): ReactNode {
  document.documentElement.lang = normaliseLang(lang);
  return (
    <StrictMode>
      <I18nProvider lang={lang}>{children}</I18nProvider>
    </StrictMode>
  );
}

async function boot(): Promise<void> {
  const container = document.getElementById('root');
  if (!container) throw new Error('index.html has no #root element');
  const root = createRoot(container);
  const browserLang = navigator.language || 'en';

  // Usually replaced within a moment; visible only while a slow portal answers.
  root.render(withLanguage(browserLang, <Connecting />));

  const connection = await connectToPortal();
  switch (connection.status) {
    case 'outside':
      root.render(withLanguage(browserLang, <OutsidePortal />));
      break;
    case 'failed':
      root.render(withLanguage(browserLang, <ConnectionError error={connection.error} />));
      break;
    case 'connected':
      root.render(
        withLanguage(
          connection.portal.lang,
          <QueryClientProvider client={queryClient}>
            <App portal={connection.portal} />
          </QueryClientProvider>,
        ),
      );
      break;
  }
}

void boot();
