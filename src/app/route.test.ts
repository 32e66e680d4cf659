import { describe, expect, it } from 'vitest';
import { pickScreen } from './route';

describe('pickScreen', () => {
  it('shows the main page for DEFAULT and other full-page placements', () => {
    expect(pickScreen({ isInstallMode: false, placement: 'DEFAULT' })).toBe('main');
    expect(pickScreen({ isInstallMode: false, placement: 'LEFT_MENU' })).toBe('main');
  });

  it('shows the chat members in the chat sidebar', () => {
    expect(pickScreen({ isInstallMode: false, placement: 'IM_SIDEBAR' })).toBe('chat-members');
  });

  it('shows the install page in install mode, whatever the placement', () => {
    expect(pickScreen({ isInstallMode: true, placement: 'DEFAULT' })).toBe('install');
    expect(pickScreen({ isInstallMode: true, placement: 'IM_SIDEBAR' })).toBe('install');
  });
});
