import { useCallback, useRef, useState } from 'react';
import type { SelectedUser } from '../api/users';

export interface Notice {
  id: number;
  text: string;
}

export type SliderRequest = { kind: 'path'; path: string } | { kind: 'app'; params: Record<string, unknown> };
export type SliderEntry = SliderRequest & { id: number };

export interface PickerRequest {
  id: number;
  multiple: boolean;
}

const NOTICE_MS = 12_000;

/** The portal page's own overlays: notices, sliders (stacked) and the user picker. */
export function useShellUi() {
  const [notices, setNotices] = useState<Notice[]>([]);
  const [sliders, setSliders] = useState<SliderEntry[]>([]);
  const [picker, setPicker] = useState<PickerRequest | null>(null);
  const nextId = useRef(1);
  const sliderDone = useRef(new Map<number, () => void>());
  const pickerDone = useRef<((users: SelectedUser[] | null) => void) | null>(null);

  const dismissNotice = useCallback((id: number) => setNotices((all) => all.filter((n) => n.id !== id)), []);

  const addNotice = useCallback(
    (text: string) => {
      const id = nextId.current++;
      setNotices((all) => [...all.slice(-4), { id, text }]);
      setTimeout(() => dismissNotice(id), NOTICE_MS);
    },
    [dismissNotice],
  );

  const openSlider = useCallback((request: SliderRequest) => {
    const id = nextId.current++;
    setSliders((all) => [...all, { ...request, id }]);
    return new Promise<void>((resolve) => sliderDone.current.set(id, resolve));
  }, []);

  const closeSlider = useCallback((id: number) => {
    setSliders((all) => all.filter((s) => s.id !== id));
    sliderDone.current.get(id)?.();
    sliderDone.current.delete(id);
  }, []);

  const openPicker = useCallback((multiple: boolean) => {
    pickerDone.current?.(null); // a new picker replaces an open one, which counts as cancelled
    setPicker({ id: nextId.current++, multiple });
    return new Promise<SelectedUser[] | null>((resolve) => {
      pickerDone.current = resolve;
    });
  }, []);

  const settlePicker = useCallback((users: SelectedUser[] | null) => {
    setPicker(null);
    pickerDone.current?.(users);
    pickerDone.current = null;
  }, []);

  return { notices, addNotice, dismissNotice, sliders, openSlider, closeSlider, picker, openPicker, settlePicker };
}

export type ShellUi = ReturnType<typeof useShellUi>;
