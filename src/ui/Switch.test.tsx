// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Switch, type SwitchProps } from './Switch';

afterEach(cleanup);

function Controlled(props: Partial<SwitchProps>) {
  const [on, setOn] = useState(false);
  return <Switch label="Do not disturb" checked={on} onChange={setOn} {...props} />;
}

describe('Switch', () => {
  it('is a switch named by its label, with aria-checked', () => {
    render(<Switch label="Do not disturb" checked onChange={() => {}} />);
    const sw = screen.getByRole('switch', { name: 'Do not disturb' });
    expect(sw.getAttribute('aria-checked')).toBe('true');
  });

  it('toggles on click and reports the next value', async () => {
    const onChange = vi.fn();
    render(<Switch label="DND" checked={false} onChange={onChange} />);
    await userEvent.setup().click(screen.getByRole('switch', { name: 'DND' }));
    expect(onChange).toHaveBeenCalledWith(true);
  });

  it('toggles with Space and Enter', async () => {
    const user = userEvent.setup();
    render(<Controlled />);
    const sw = screen.getByRole('switch', { name: 'Do not disturb' });
    await user.tab();
    expect(document.activeElement).toBe(sw);
    await user.keyboard(' ');
    expect(sw.getAttribute('aria-checked')).toBe('true');
    await user.keyboard('{Enter}');
    expect(sw.getAttribute('aria-checked')).toBe('false');
  });

  it('toggles when the label is clicked', async () => {
    render(<Controlled />);
    await userEvent.setup().click(screen.getByText('Do not disturb'));
    expect(screen.getByRole('switch').getAttribute('aria-checked')).toBe('true');
  });

  it('is described by its description', () => {
    render(<Controlled description="Mutes notifications; mentions still reach you." />);
    const sw = screen.getByRole('switch', { name: 'Do not disturb' });
    const described = document.getElementById(sw.getAttribute('aria-describedby')!);
    expect(described?.textContent).toBe('Mutes notifications; mentions still reach you.');
  });

  it('is described by text elsewhere on the page (describedBy), alone or after its own description', () => {
    render(
      <>
        <p id="note">The timer runs only while this app is open.</p>
        <Controlled describedBy="note" />
        <Switch label="Sounds" checked={false} onChange={() => {}} description="Plays a sound for messages." describedBy="note" />
      </>,
    );
    const describedBy = (name: string) => screen.getByRole('switch', { name }).getAttribute('aria-describedby')!.split(' ');
    expect(describedBy('Do not disturb')).toEqual(['note']);
    const [own, note] = describedBy('Sounds');
    expect(document.getElementById(own!)?.textContent).toBe('Plays a sound for messages.');
    expect(note).toBe('note');
    // Nothing is repeated under the label.
    expect(screen.getAllByText('The timer runs only while this app is open.')).toHaveLength(1);
  });

  it('has no description unless given one', () => {
    render(<Controlled />);
    expect(screen.getByRole('switch').hasAttribute('aria-describedby')).toBe(false);
  });

  it('keeps the name when the label is visually hidden', () => {
    render(<Controlled hideLabel />);
    expect(screen.getByRole('switch', { name: 'Do not disturb' })).toBeTruthy();
  });

  it('does nothing when disabled', async () => {
    const onChange = vi.fn();
    render(<Switch label="DND" checked={false} onChange={onChange} disabled />);
    await userEvent.setup().click(screen.getByRole('switch'));
    expect(onChange).not.toHaveBeenCalled();
  });

  it('ignores toggles while busy but stays focusable and says it is busy', async () => {
    const onChange = vi.fn();
    const user = userEvent.setup();
    render(<Switch label="DND" checked={false} onChange={onChange} busy />);
    const sw = screen.getByRole('switch', { name: 'DND' });
    expect(sw.getAttribute('aria-busy')).toBe('true');
    await user.tab();
    expect(document.activeElement).toBe(sw);
    await user.keyboard(' ');
    await user.click(sw);
    expect(onChange).not.toHaveBeenCalled();
  });
});
