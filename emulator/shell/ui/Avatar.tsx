/** A round avatar: the photo, or initials on a neutral circle. */
export function Avatar({ name, photo, size = 32 }: { name: string; photo?: string; size?: number }) {
  const initials = name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((part) => part[0]?.toUpperCase() ?? '')
    .join('');
  const style = { width: size, height: size, fontSize: Math.round(size * 0.38) };
  if (photo) return <img src={photo} alt="" className="shrink-0 rounded-full object-cover" style={style} />;
  return (
    <span aria-hidden="true" className="inline-flex shrink-0 items-center justify-center rounded-full bg-[#4f6d8a] font-semibold text-white" style={style}>
      {initials}
    </span>
  );
}
