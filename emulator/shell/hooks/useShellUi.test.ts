// @vitest-environment happy-dom
import { act, renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { SelectedUser } from '../api/users';
import { useShellUi } from './useShellUi';

const anna: SelectedUser = { id: '5', name: 'Anna', photo: '', position: '', url: '/company/personal/user/5/', sub: false, sup: false };

describe('useShellUi', () => {
  it('stacks sliders and resolves each one when it is closed', async () => {
    const { result } = renderHook(() => useShellUi());
    let first!: Promise<void>;
    let firstClosed = false;
    act(() => {
      first = result.current.openSlider({ kind: 'path', path: '/a/' });
      void first.then(() => (firstClosed = true));
      void result.current.openSlider({ kind: 'app', params: { bx24_title: 'T' } });
    });
    expect(result.current.sliders.map((s) => s.kind)).toEqual(['path', 'app']);

    const [pathSlider] = result.current.sliders;
    act(() => result.current.closeSlider(pathSlider!.id));
    await first;
    expect(firstClosed).toBe(true);
    expect(result.current.sliders.map((s) => s.kind)).toEqual(['app']);
  });

  it('settles the picker with the chosen users, and a new picker cancels the open one', async () => {
    const { result } = renderHook(() => useShellUi());
    let replaced!: Promise<SelectedUser[] | null>;
    let current!: Promise<SelectedUser[] | null>;
    act(() => {
      replaced = result.current.openPicker(false);
    });
    act(() => {
      current = result.current.openPicker(true);
    });
    expect(await replaced).toBeNull();
    expect(result.current.picker?.multiple).toBe(true);

    act(() => result.current.settlePicker([anna]));
    expect(await current).toEqual([anna]);
    expect(result.current.picker).toBeNull();
  });

  it('keeps at most five notices and dismisses by id', () => {
    const { result } = renderHook(() => useShellUi());
    act(() => {
      for (let i = 1; i <= 7; i++) result.current.addNotice(`n${i}`);
    });
    expect(result.current.notices.map((n) => n.text)).toEqual(['n3', 'n4', 'n5', 'n6', 'n7']);
    act(() => result.current.dismissNotice(result.current.notices[0]!.id));
    expect(result.current.notices.map((n) => n.text)).toEqual(['n4', 'n5', 'n6', 'n7']);
  });
});
