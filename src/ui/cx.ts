/** Joins class names, skipping false/null/undefined/"" (for conditional Tailwind classes). */
export function cx(...parts: (string | false | null | undefined)[]): string {
  return parts.filter(Boolean).join(' ');
}
