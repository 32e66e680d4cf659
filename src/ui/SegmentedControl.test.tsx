// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SegmentedControl } from './SegmentedControl';
import { Select } from './Select';

afterEach(cleanup);

type F = 'all' | 'online' | 'dnd' | 'offline';

function Filter({ onChange }: { onChange?: (v: F) => void }) {
  const [value, setValue] = useState<F>('all');
  return (
    <SegmentedControl<F>
      label="Show"
      value={value}
      onChange={(v) => {
        setValue(v);
        onChange?.(v);
      }}
      options={[
        { value: 'all', label: 'All' },
        { value: 'online', label: 'Online' },
        { value: 'dnd', label: 'DND', disabled: true },
        { value: 'offline', label: 'Offline' },
      ]}
    />
  );
}

const checked = () => screen.getAllByRole('radio').find((r) => r.getAttribute('aria-checked') === 'true')?.textContent;

describe('SegmentedControl', () => {
  it('is a named radio group with one checked radio and one Tab stop', () => {
    render(<Filter />);
    expect(screen.getByRole('radiogroup', { name: 'Show' })).toBeTruthy();
    expect(screen.getAllByRole('radio')).toHaveLength(4);
    expect(checked()).toBe('All');
    expect(screen.getAllByRole('radio').filter((r) => r.tabIndex === 0)).toHaveLength(1);
  });

  it('selects on click', async () => {
    render(<Filter />);
    await userEvent.setup().click(screen.getByRole('radio', { name: 'Offline' }));
    expect(checked()).toBe('Offline');
  });

  it('moves and selects with the arrow keys, skipping disabled options and wrapping', async () => {
    const user = userEvent.setup();
    render(<Filter />);
    await user.tab();
    expect(document.activeElement).toBe(screen.getByRole('radio', { name: 'All' }));
    await user.keyboard('{ArrowRight}');
    expect(checked()).toBe('Online');
    await user.keyboard('{ArrowRight}');
    expect(checked()).toBe('Offline');
    expect(document.activeElement).toBe(screen.getByRole('radio', { name: 'Offline' }));
    await user.keyboard('{ArrowDown}');
    expect(checked()).toBe('All');
    await user.keyboard('{ArrowLeft}');
    expect(checked()).toBe('Offline');
    await user.keyboard('{Home}');
    expect(checked()).toBe('All');
    await user.keyboard('{End}');
    expect(checked()).toBe('Offline');
  });

  it('reports each change', async () => {
    const onChange = vi.fn();
    const user = userEvent.setup();
    render(<Filter onChange={onChange} />);
    await user.tab();
    await user.keyboard('{ArrowUp}');
    expect(onChange).toHaveBeenLastCalledWith('offline');
  });
});

describe('Select', () => {
  it('is a labelled native select reporting the chosen value', async () => {
    const onChange = vi.fn();
    render(
      <Select
        label="Sort by"
        value="name"
        onChange={onChange}
        options={[
          { value: 'name', label: 'Name' },
          { value: 'presence', label: 'Presence first' },
        ]}
      />,
    );
    const select = screen.getByRole('combobox', { name: 'Sort by' });
    await userEvent.setup().selectOptions(select, 'presence');
    expect(onChange).toHaveBeenCalledWith('presence');
  });
});
