const NEXT = new Set(['j', 'ArrowDown']);
const PREVIOUS = new Set(['k', 'ArrowUp']);

/**
 * Where focus goes on a key press in a list of rows: j / ↓ to the next row, k / ↑ to the
 * previous one, staying at the ends. Undefined for other keys, so they keep their usual meaning.
 */
export function nextRowIndex(key: string, current: number, count: number): number | undefined {
  if (count === 0) return undefined;
  if (NEXT.has(key)) return current < 0 ? 0 : Math.min(current + 1, count - 1);
  if (PREVIOUS.has(key)) return current < 0 ? 0 : Math.max(current - 1, 0);
  return undefined;
}
