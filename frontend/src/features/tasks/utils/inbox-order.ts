type Sortable = {
  dueAt: string | null;
  priority: string | null;
  createdAt: string;
  state?: string;
};

function dueTime(task: Sortable): number {
  const due = task.dueAt ? Date.parse(task.dueAt) : Number.NaN;
  return Number.isNaN(due) ? Number.POSITIVE_INFINITY : due;
}

function priorityRank(task: Sortable): number {
  const match = /^P([1-5])$/.exec(task.priority ?? '');
  return match ? Number(match[1]) : 6;
}

/**
 * The inbox order: earliest due first (tasks without a due date last), then the higher priority
 * (P1 before P5, none last), then the oldest. Returns a new array.
 */
export function sortTasks<T extends Sortable>(tasks: readonly T[]): T[] {
  return [...tasks].sort(
    (a, b) =>
      dueTime(a) - dueTime(b) ||
      priorityRank(a) - priorityRank(b) ||
      Date.parse(a.createdAt) - Date.parse(b.createdAt),
  );
}

/** Whether an open task has passed its due date. */
export function isOverdue(task: Pick<Sortable, 'dueAt' | 'state'>, now: number): boolean {
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
export function ageOf(task: Pick<Sortable, 'createdAt'>, now: number): string {
  return shortDuration(now - Date.parse(task.createdAt));
}

/** When a task is due, relative to now: "in 5h", "2d overdue", or "—" without a due date. */
export function dueLabel(task: Pick<Sortable, 'dueAt' | 'state'>, now: number): string {
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
