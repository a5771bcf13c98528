/**
 * Publication dates to ISO 8601, keeping the precision the source gives:
 * `2023`, `2023-03`, `2023-03-02`, an ISO timestamp as written (its offset
 * keeps its calendar day), or another format (RFC 822 in feeds) in UTC.
 */
const PARTIAL = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/;
const ISO_TIMESTAMP = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?$/i;

export function normalizeDate(value: string): string | null {
  const trimmed = value.trim();
  if (PARTIAL.test(trimmed)) return trimmed;
  if (ISO_TIMESTAMP.test(trimmed)) return trimmed.replace(' ', 'T');
  const parsed = new Date(trimmed);
  if (Number.isNaN(parsed.getTime())) return null;
  return parsed.toISOString().replace('.000Z', 'Z');
}
