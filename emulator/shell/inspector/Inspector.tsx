import { useEffect, useRef } from 'react';
import type { ControlClient } from '../api/control-client';
import type { EmulatorChat, EmulatorState, FaultPatch, PortalConfig } from '../../types';
import type { LocalFrameEvent } from '../hooks/useFrameBridge';
import { ActAsSection } from './ActAsSection';
import { BucketMeter } from './BucketMeter';
import { FaultsSection } from './FaultsSection';
import { FrameLogSection } from './FrameLogSection';
import { LaunchSection } from './LaunchSection';
import { RestLogSection } from './RestLogSection';
import { Section } from './Section';
import { VariantsSection } from './VariantsSection';

export interface InspectorProps {
  client: ControlClient;
  state: EmulatorState;
  chats: EmulatorChat[];
  staticApp: boolean;
  localFrameEvents: LocalFrameEvent[];
  status: string;
  onConfig(patch: Partial<PortalConfig>): void;
  onFaults(faults: FaultPatch): void;
  onClearFaults(): void;
  onStaticApp(on: boolean): void;
  onReopen(): void;
  onReset(): void;
  /** Closes the panel (focus goes back to the toggle button). */
  onClose(): void;
  /** Move focus to the panel's heading when it appears (opened from the keyboard or a click). */
  focusOnOpen: boolean;
}

/** The emulator's own controls (not part of a real portal), in a side panel. */
export function Inspector(props: InspectorProps) {
  const { state } = props;
  const headingRef = useRef<HTMLHeadingElement>(null);
  const focusOnOpen = useRef(props.focusOnOpen);
  useEffect(() => {
    if (focusOnOpen.current) headingRef.current?.focus();
  }, []);
  return (
    <aside
      id="emulator-inspector"
      aria-label="Emulator inspector"
      className="sticky top-0 flex h-screen w-[460px] shrink-0 flex-col gap-3 overflow-y-auto border-l border-line bg-page p-3"
    >
      <div className="flex items-center justify-between gap-2 px-1">
        <h2 ref={headingRef} tabIndex={-1} className="text-[15px] font-semibold">
          Emulator inspector
        </h2>
        <button type="button" className="btn py-0.5" onClick={props.onClose}>
          Close
        </button>
      </div>
      <p role="status" className="min-h-5 px-1 text-[12px] text-muted">
        {props.status}
      </p>
      <LaunchSection
        config={state.config}
        chats={props.chats}
        staticApp={props.staticApp}
        onConfig={props.onConfig}
        onStaticApp={props.onStaticApp}
        onReopen={props.onReopen}
        onReset={props.onReset}
      />
      <ActAsSection client={props.client} current={state.currentUser} onActAs={(id) => props.onConfig({ currentUserId: id })} />
      <Section title="Rate limit">
        <BucketMeter bucket={state.bucket} onEnabled={(bucketEnabled) => props.onConfig({ bucketEnabled })} />
      </Section>
      <FaultsSection state={state} onFaults={props.onFaults} onClearFaults={props.onClearFaults} onConfig={props.onConfig} />
      <VariantsSection config={state.config} onConfig={props.onConfig} />
      <RestLogSection client={props.client} active />
      <FrameLogSection client={props.client} active local={props.localFrameEvents} />
    </aside>
  );
}
