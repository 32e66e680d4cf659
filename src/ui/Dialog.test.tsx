// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Button } from './Button';
import { Dialog } from './Dialog';

afterEach(cleanup);

function Harness({ onClose }: { onClose?: () => void }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button onClick={() => setOpen(true)}>Open card</Button>
      <Dialog
        open={open}
        onClose={() => {
          onClose?.();
          setOpen(false);
        }}
        title="Anna Ivanova"
        description="Frontend developer"
        footer={<Button variant="primary">Write a message</Button>}
      >
        <a href="#profile">Open profile</a>
      </Dialog>
    </>
  );
}

async function openDialog() {
  const user = userEvent.setup();
  render(<Harness />);
  const opener = screen.getByRole('button', { name: 'Open card' });
  await user.click(opener);
  return { user, opener, dialog: screen.getByRole('dialog', { name: 'Anna Ivanova' }) };
}

describe('Dialog', () => {
  it('renders nothing while closed', () => {
    render(<Harness />);
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('is a modal dialog named by its title and described by its description', async () => {
    const { dialog } = await openDialog();
    expect(dialog.tagName).toBe('DIALOG');
    expect(dialog.getAttribute('aria-modal')).toBe('true');
    expect(document.getElementById(dialog.getAttribute('aria-describedby')!)?.textContent).toBe('Frontend developer');
  });

  it('moves focus to the first control of the body', async () => {
    await openDialog();
    expect(document.activeElement).toBe(screen.getByRole('link', { name: 'Open profile' }));
  });

  it('keeps Tab and Shift+Tab inside', async () => {
    const { user } = await openDialog();
    const close = screen.getByRole('button', { name: 'Close' });
    const link = screen.getByRole('link', { name: 'Open profile' });
    const write = screen.getByRole('button', { name: 'Write a message' });
    await user.tab();
    expect(document.activeElement).toBe(write);
    await user.tab();
    expect(document.activeElement).toBe(close);
    await user.tab();
    expect(document.activeElement).toBe(link);
    await user.tab({ shift: true });
    expect(document.activeElement).toBe(close);
    await user.tab({ shift: true });
    expect(document.activeElement).toBe(write);
  });

  it('closes on Esc and returns focus to the opener', async () => {
    const { user, opener } = await openDialog();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(opener);
  });

  it('closes with the close button and returns focus', async () => {
    const { user, opener } = await openDialog();
    await user.click(screen.getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(opener);
  });

  it('closes on a click on the backdrop but not inside', async () => {
    const onClose = vi.fn();
    const user = userEvent.setup();
    render(<Harness onClose={onClose} />);
    await user.click(screen.getByRole('button', { name: 'Open card' }));
    fireEvent.click(screen.getByText('Frontend developer'));
    expect(onClose).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('dialog'));
    expect(onClose).toHaveBeenCalledTimes(1);
  });

  it('does not let Esc reach handlers outside the dialog', async () => {
    const outer = vi.fn();
    const user = userEvent.setup();
    render(
      <div onKeyDown={outer}>
        <Harness />
      </div>,
    );
    await user.click(screen.getByRole('button', { name: 'Open card' }));
    outer.mockClear();
    await user.keyboard('{Escape}');
    expect(outer).not.toHaveBeenCalled();
  });

  it('shows media and a subtitle in the header without changing its name or description', () => {
    render(
      <Dialog open onClose={() => undefined} title="Anna Ivanova" description="Frontend developer" media={<span data-testid="avatar" />} subtitle="Online">
        <button type="button">Write</button>
      </Dialog>,
    );
    const dialog = screen.getByRole('dialog', { name: 'Anna Ivanova' });
    expect(dialog.getAttribute('aria-describedby')).toBeTruthy();
    expect(document.getElementById(dialog.getAttribute('aria-describedby')!)?.textContent).toBe('Frontend developer');
    expect(screen.getByTestId('avatar')).toBeTruthy();
    expect(screen.getByText('Online')).toBeTruthy();
  });

  it('spaces the title, description and subtitle as one column with a gap (no margins that collapse)', () => {
    render(<Dialog open onClose={() => undefined} title="Anna Ivanova" description="Frontend developer" subtitle="Online" />);
    const column = screen.getByRole('heading', { name: 'Anna Ivanova' }).parentElement!;
    expect(column.className.split(' ')).toEqual(expect.arrayContaining(['flex', 'flex-col', 'gap-1.5']));
    const lines = [...column.children];
    expect(lines.map((line) => line.textContent)).toEqual(['Anna Ivanova', 'Frontend developer', 'Online']);
    expect(lines.filter((line) => /(^|\s)m[ty]?-/.test(line.className))).toEqual([]);
  });
});
