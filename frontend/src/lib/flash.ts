import { useLocation } from 'react-router';

/** A one-off message for the page a user is sent to ("Draft saved"), carried in router state. */
export type Flash = { message: string; color?: 'green' | 'red' | 'yellow' };

export function flashState(message: string, color: Flash['color'] = 'green'): { flash: Flash } {
  return { flash: { message, color } };
}

export function useFlash(): Flash | undefined {
  const state: unknown = useLocation().state;
  if (typeof state !== 'object' || state === null || !('flash' in state)) return undefined;
  const { flash } = state as { flash?: Partial<Flash> };
  return typeof flash?.message === 'string' ? (flash as Flash) : undefined;
}
