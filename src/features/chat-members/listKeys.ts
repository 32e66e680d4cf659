/**
 * Arrow keys in a member list: which row gets the focus next, or null when the key is not one of
 * ours. Up/Down move by one (stopping at the ends), PageUp/PageDown by a screenful, Home/End jump.
 */
export function nextRowIndex(key: string, current: number, count: number, page = 10): number | null {
  if (count <= 0) return null;
  const clamp = (i: number) => Math.min(count - 1, Math.max(0, i));
  switch (key) {
    case 'ArrowDown':
      return clamp(current + 1);
    case 'ArrowUp':
      return clamp(current - 1);
    case 'PageDown':
      return clamp(current + page);
    case 'PageUp':
      return clamp(current - page);
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    default:
      return null;
  }
}
