import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { Shell } from './Shell';
import { readShellSettings } from './settings';

const configured = document.querySelector<HTMLMetaElement>('meta[name="emulator-app-url"]')?.content ?? '';
const root = document.getElementById('root');
if (!root) throw new Error('#root is missing from the portal page');

if (!/^https?:\/\//.test(configured)) {
  root.textContent = 'The portal page was served without an app URL (start it with emulator/cli.ts).';
} else {
  createRoot(root).render(
    <StrictMode>
      <Shell settings={readShellSettings(configured, window.location.search)} />
    </StrictMode>,
  );
}
