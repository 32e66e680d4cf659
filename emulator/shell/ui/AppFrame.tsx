import { useEffect, useRef, type Ref } from 'react';
import type { AppLaunch } from '../frame/launch';
import type { FrameSize } from '../frame/resize';
import { APP_TITLE } from '../settings';

interface AppFrameProps {
  sid: string;
  launch: AppLaunch;
  size: FrameSize | null;
  defaultSize: FrameSize;
  frameRef: Ref<HTMLIFrameElement>;
}

/**
 * The app iframe, opened like the portal opens it: the iframe is created with its name
 * (`host|0|APP_SID`) before any navigation, then a hidden form POSTs the portal fields into it
 * (or, for a static app, the iframe simply loads the URL). A new APP_SID means a new iframe.
 */
export function AppFrame({ sid, launch, size, defaultSize, frameRef }: AppFrameProps) {
  const formRef = useRef<HTMLFormElement>(null);
  const submitted = useRef<string | null>(null);

  useEffect(() => {
    if (launch.method !== 'POST' || submitted.current === sid) return;
    submitted.current = sid;
    formRef.current?.submit();
  }, [sid, launch.method]);

  const { width, height } = size ?? defaultSize;
  return (
    <>
      <iframe
        key={sid}
        ref={frameRef}
        id="app-frame"
        name={launch.frameName}
        title={APP_TITLE}
        src={launch.method === 'GET' ? launch.action : undefined}
        style={{ width, height, maxWidth: '100%' }}
        className="block border-0 bg-surface"
      />
      {launch.method === 'POST' && (
        <form key={`form-${sid}`} ref={formRef} method="post" action={launch.action} target={launch.frameName} hidden>
          {Object.entries(launch.fields).map(([name, value]) => (
            <input key={name} type="hidden" name={name} value={value} />
          ))}
        </form>
      )}
    </>
  );
}
