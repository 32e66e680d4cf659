import type { ControlClient } from '../api/control-client';
import { profileUserId } from '../frame/open-path';
import type { SliderEntry } from '../hooks/useShellUi';
import { useUserSummary } from '../hooks/useUserSummary';
import { Avatar } from './Avatar';
import { Dialog } from './Dialog';

/** A stand-in for the portal slider that openPath / openApplication open; closing it answers the app. */
export function SliderPanel({ slider, client, onClose }: { slider: SliderEntry; client: ControlClient; onClose(): void }) {
  if (slider.kind === 'app') {
    const title = typeof slider.params.bx24_title === 'string' && slider.params.bx24_title ? slider.params.bx24_title : 'Application';
    return (
      <Dialog title={title} onClose={onClose} variant="slider">
        <p className="mb-3 text-muted">The portal would open the application here with these placement options:</p>
        <pre className="surface overflow-auto border border-line p-3 font-mono text-[12px]">
          {JSON.stringify(slider.params, null, 2)}
        </pre>
      </Dialog>
    );
  }
  return (
    <Dialog title="Portal page" onClose={onClose} variant="slider">
      <p className="mb-2 text-muted">The portal would open this page in a slider:</p>
      <code className="mb-4 block break-all rounded-lg bg-page px-3 py-2 font-mono text-[13px]">{slider.path}</code>
      <ProfilePreview path={slider.path} client={client} />
    </Dialog>
  );
}

function ProfilePreview({ path, client }: { path: string; client: ControlClient }) {
  const user = useUserSummary(client, profileUserId(path));
  if (!user) return null;
  return (
    <section aria-label="Profile" className="flex items-center gap-4 rounded-2xl border border-line p-4">
      <Avatar name={user.name} photo={user.avatar} size={64} />
      <div>
        <div className="text-[17px] font-semibold">{user.name}</div>
        <div className="text-muted">{user.position || 'No position'}</div>
        {!user.active && <div className="text-alert-text">Dismissed</div>}
      </div>
    </section>
  );
}
