/**
 * The query string of one `batch` command ("method?" + this), byte for byte what the SDK itself
 * sends (it uses `qs.stringify` with its defaults; reference b24jssdk §3.5): PHP bracket notation
 * with indices (`ID[0]=1&ID[1]=2`, `filter[ACTIVE]=true`), keys and values percent-encoded as
 * UTF-8 with only `A-Z a-z 0-9 - . _ ~` left as they are (so brackets travel as %5B %5D and a
 * space as %20). null → `key=`; undefined, functions, empty arrays and empty objects → nothing;
 * Dates → ISO strings. A portal written against the same reference parses exactly this.
 */

const encoder = new TextEncoder();

function isUnreserved(byte: number): boolean {
  return (
    (byte >= 0x30 && byte <= 0x39) ||
    (byte >= 0x41 && byte <= 0x5a) ||
    (byte >= 0x61 && byte <= 0x7a) ||
    byte === 0x2d ||
    byte === 0x2e ||
    byte === 0x5f ||
    byte === 0x7e
  );
}

/** RFC 3986 percent-encoding of UTF-8 bytes (upper-case hex). */
export function percentEncode(text: string): string {
  let out = '';
  for (const byte of encoder.encode(text)) {
    out += isUnreserved(byte) ? String.fromCharCode(byte) : `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return out;
}

function scalarText(value: unknown): string | null {
  if (value === null) return '';
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString();
  switch (typeof value) {
    case 'string':
      return value;
    case 'number':
    case 'boolean':
    case 'bigint':
      return String(value);
    default:
      return null;
  }
}

function append(pairs: string[], key: string, value: unknown): void {
  if (value === undefined || typeof value === 'function' || typeof value === 'symbol') return;
  const scalar = scalarText(value);
  if (scalar !== null) {
    pairs.push(`${percentEncode(key)}=${percentEncode(scalar)}`);
    return;
  }
  if (Array.isArray(value)) {
    value.forEach((item, index) => append(pairs, `${key}[${index}]`, item));
    return;
  }
  if (typeof value === 'object' && value !== null) {
    for (const [name, item] of Object.entries(value)) append(pairs, `${key}[${name}]`, item);
  }
}

/** `{ ID: [4, 5], RESULT_TYPE: 'array' }` → "ID%5B0%5D=4&ID%5B1%5D=5&RESULT_TYPE=array". */
export function toQueryString(params: Record<string, unknown>): string {
  const pairs: string[] = [];
  for (const [key, value] of Object.entries(params)) append(pairs, key, value);
  return pairs.join('&');
}
