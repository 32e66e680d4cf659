import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { ControlClient } from '../api/control-client';
import { acceptFrameEvent } from '../frame/accept';
import { dispatchFrameCommand, type CommandContext } from '../frame/dispatch';
import { encodeReply, parseFrameMessage } from '../frame/message';
import type { LaunchRecord } from './useAppLaunch';

/** Frame messages the server log cannot show: waiting for the user, or dropped by the checks. */
export interface LocalFrameEvent {
  key: number;
  at: number;
  command: string;
  status: 'waiting' | 'dropped';
  detail: string;
}

interface BridgeOptions {
  appOrigin: string;
  client: ControlClient;
  recordRef: { readonly current: LaunchRecord | null };
  frameRef: { readonly current: HTMLIFrameElement | null };
  context: CommandContext;
}

/**
 * The portal side of the frame protocol: validates each `message` event (origin + APP_SID), runs the
 * command, replies `cb:JSON` to the app window when the portal would, and reports every accepted
 * message to POST /emulator-api/frame-log once its fate is known.
 */
export function useFrameBridge({ appOrigin, client, recordRef, frameRef, context }: BridgeOptions): LocalFrameEvent[] {
  const [events, setEvents] = useState<LocalFrameEvent[]>([]);
  const contextRef = useRef(context);
  useLayoutEffect(() => {
    contextRef.current = context;
  });
  const nextKey = useRef(1);

  useEffect(() => {
    const onMessage = (event: MessageEvent) => {
      const record = recordRef.current;
      const accepted = acceptFrameEvent(event, { appOrigin, appSid: record?.sid ?? '' });
      const key = nextKey.current++;
      if (!accepted.ok) {
        const parsed = parseFrameMessage(event.data);
        if (parsed) {
          const dropped: LocalFrameEvent = { key, at: Date.now(), command: parsed.command, status: 'dropped', detail: accepted.detail };
          setEvents((all) => [...all.slice(-19), dropped]);
        }
        return;
      }
      const { message } = accepted;
      const target = frameRef.current?.contentWindow ?? null;
      const waiting = setTimeout(() => {
        const entry: LocalFrameEvent = { key, at: Date.now(), command: message.command, status: 'waiting', detail: 'waiting for the user' };
        setEvents((all) => [...all, entry]);
      }, 300);

      void (async () => {
        let answered = false;
        let after: (() => void) | undefined;
        try {
          const answer = await dispatchFrameCommand(message, contextRef.current);
          after = answer.after;
          // Reply only while the same launch is showing; a reload makes old callbacks meaningless.
          if (answer.answered && target && recordRef.current?.sid === message.appSid) {
            target.postMessage(encodeReply(message.callbackId, answer.result), appOrigin);
            answered = true;
          }
        } catch (error) {
          console.error(`[emulator] ${message.command} failed`, error);
        } finally {
          clearTimeout(waiting);
          setEvents((all) => all.filter((e) => e.key !== key));
        }
        await client
          .reportFrame({ command: message.command, params: message.params ?? null, answered })
          .catch(() => undefined);
        after?.();
      })();
    };
    window.addEventListener('message', onMessage);
    return () => window.removeEventListener('message', onMessage);
  }, [appOrigin, client, recordRef, frameRef]);

  return events;
}
