type Timed = { dueAt?: string | null; createdAt: string; state?: string };

/** Whether an open task has passed its due date. */
export function isOverdue(task: Pick<Timed, 'dueAt' | 'state'>, now: number): boolean {
  if (task.state !== undefined && task.state !== 'OPEN') return false;
  const due = task.dueAt ? Date.parse(task.dueAt) : Number.NaN;
  return !Number.isNaN(due) && due < now;
}

/** A short duration such as "45m", "5h" or "3d"; under a minute is "now". */
export function shortDuration(milliseconds: number): string {
  const minutes = Math.floor(Math.abs(milliseconds) / 60_000);
  if (minutes < 1) return 'now';
  if (minutes < 60) return `${minutes}m`;
  const hours = Math.floor(minutes / 60);
  if (hours < 24) return `${hours}h`;
  return `${Math.floor(hours / 24)}d`;
}

/** How long a task has been waiting, e.g. "3d". */
export function ageOf(task: Pick<Timed, 'createdAt'>, now: number): string {
  return shortDuration(now - Date.parse(task.createdAt));
}

/** When a task is due, relative to now: "in 5h", "2d overdue", or "—" without a due date. */
export function dueLabel(task: Pick<Timed, 'dueAt' | 'state'>, now: number): string {
  if (!task.dueAt) return '—';
  const due = Date.parse(task.dueAt);
  if (Number.isNaN(due)) return '—';
  const distance = shortDuration(due - now);
  return isOverdue(task, now)
    ? `${distance} overdue`
    : distance === 'now'
      ? 'now'
      : `in ${distance}`;
}
