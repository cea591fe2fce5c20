import { expect, request, type APIRequestContext } from '@playwright/test';

import { PASSWORD } from './support';

/** An open task as the inbox API lists it. */
export type Task = { id: string; changeKey: string; kind: string; allowedToComplete: boolean };

/**
 * A signed-in API session for setting the scene quickly (the browser tests then act through the
 * UI). It speaks the SPA's protocol: session cookie plus the CSRF token from the XSRF-TOKEN
 * cookie in the X-XSRF-TOKEN header.
 */
export class Api {
  private constructor(private readonly http: APIRequestContext) {}

  static async as(username: string): Promise<Api> {
    const http = await request.newContext({ baseURL: process.env.E2E_BASE_URL });
    const api = new Api(http);
    await http.get('/api/auth/csrf');
    await api.post('/api/auth/login', { username, password: PASSWORD });
    return api;
  }

  async get<T = unknown>(path: string): Promise<T> {
    const response = await this.http.get(path);
    expect(response.ok(), `GET ${path}: ${response.status()} ${await response.text()}`).toBe(true);
    return (await response.json()) as T;
  }

  async post<T = unknown>(path: string, body: unknown): Promise<T> {
    return this.send<T>('POST', path, body);
  }

  async put<T = unknown>(path: string, body: unknown): Promise<T> {
    return this.send<T>('PUT', path, body);
  }

  private async send<T>(method: 'POST' | 'PUT', path: string, body: unknown): Promise<T> {
    const cookies = (await this.http.storageState()).cookies;
    const token = cookies.find((cookie) => cookie.name === 'XSRF-TOKEN')?.value ?? '';
    const response = await this.http.fetch(path, {
      method,
      data: body,
      headers: { 'X-XSRF-TOKEN': token },
    });
    expect(response.ok(), `${method} ${path}: ${response.status()} ${await response.text()}`).toBe(
      true,
    );
    const text = await response.text();
    return (text ? JSON.parse(text) : undefined) as T;
  }

  /** Polls until the predicate holds for GET path (processes move on asynchronously). */
  async until<T>(path: string, predicate: (body: T) => boolean, timeout = 60_000): Promise<T> {
    let last: T | undefined;
    await expect
      .poll(
        async () => {
          last = await this.get<T>(path);
          return predicate(last);
        },
        { timeout, message: `waiting for ${path}` },
      )
      .toBe(true);
    return last as T;
  }

  /**
   * The user's open tasks: assigned to them, offered to their groups and, for those who may see
   * them, everybody's (a CAB member's "all" is empty, a change manager's is not).
   */
  async tasks(): Promise<Task[]> {
    const scopes = await Promise.all(
      ['/api/tasks', '/api/tasks?scope=groups', '/api/tasks?scope=all'].map((path) =>
        this.get<Task[]>(path),
      ),
    );
    return scopes.flat();
  }

  /** Waits for the user's open task of the kind on a change or release that they may complete. */
  async task(businessKey: string, kind: string, timeout = 120_000): Promise<Task> {
    const find = (tasks: Task[]) =>
      tasks.find((t) => t.changeKey === businessKey && t.kind === kind && t.allowedToComplete);
    let found: Task | undefined;
    await expect
      .poll(async () => (found = find(await this.tasks())) !== undefined, {
        timeout,
        message: `waiting for a ${kind} task on ${businessKey}`,
      })
      .toBe(true);
    return found!;
  }

  /** Completes the user's open task of the kind on a change or release (it waits for it to open). */
  async complete(businessKey: string, kind: string, decision: Record<string, string>): Promise<void> {
    const task = await this.task(businessKey, kind);
    await this.post(`/api/tasks/${task.id}/complete`, decision);
  }

  async dispose(): Promise<void> {
    await this.http.dispose();
  }
}

/** A month ahead, on the hour, plus some hours: far from every other test's window. */
export function hoursAhead(hours: number): string {
  const at = new Date(Date.now() + 30 * 86_400_000);
  at.setUTCMinutes(0, 0, 0);
  return new Date(at.getTime() + hours * 3_600_000).toISOString();
}

/**
 * The change manager lets a release roll out now. Tests plan their changes weeks ahead (a window
 * in the past is refused at submission), so a rollout they start now is outside the approved
 * windows: the override, as a change manager would record it, lets it start.
 */
export async function overrideRolloutWindows(manager: Api, releaseKey: string): Promise<void> {
  await manager.post(`/api/releases/${encodeURIComponent(releaseKey)}/rollout-override`, {
    reason: 'Test rollout ahead of the planned window; the service owner agreed',
  });
}

/**
 * A standard change (model "Restart app server": pre-approved) on the staging checkout-api,
 * ready for release.
 */
export async function readyStandardChange(title: string, startHours: number): Promise<string> {
  return submittedStandardChange(
    title,
    hoursAhead(startHours),
    hoursAhead(startHours + 1),
    (state) => state === 'READY_FOR_RELEASE',
  );
}

/**
 * A standard change (model "Restart app server") on the staging checkout-api, submitted for the
 * window given (ISO date-times); answers once its state is one `reached` accepts.
 */
export async function submittedStandardChange(
  title: string,
  plannedStart: string,
  plannedEnd: string,
  reached: (state: string) => boolean,
): Promise<string> {
  const requester = await Api.as('requester');
  const models = await requester.get<{ id: string; name: string }[]>('/api/change-models');
  const model = models.find((m) => m.name === 'Restart app server');
  if (!model) throw new Error('no "Restart app server" change model');
  const change = await requester.post<{ key: string }>('/api/changes', {
    title,
    description: `Restart the staging checkout-api to pick up its new configuration (${title}).`,
    justification: 'The new connection pool settings only take effect after a restart.',
    category: 'APPLICATION',
    affectedCis: ['CI-00009'],
    impact: 3,
    urgency: 3,
    implementationPlan: 'Drain, restart, put back into the pool.',
    testPlan: 'Health check answers UP; error rate stays normal.',
    backoutPlan: 'Take the server out of the pool again and page the owning team.',
    timeZone: 'UTC',
    emergency: false,
    changeModelId: model.id,
    plannedStart,
    plannedEnd,
  });
  await requester.post(`/api/changes/${change.key}/submit`, {});
  await requester.until<{ state: string }>(`/api/changes/${change.key}`, (c) => reached(c.state));
  await requester.dispose();
  return change.key;
}

/** What a discovery tool reports: one attribute of a configuration item, seen at a time. */
export type Observation = { ciKey: string; attribute: string; value: string; observedAt: string };

/** One observation's outcome as POST /api/cmdb/observations answers it. */
export type ObservationOutcome = {
  outcome: 'UNCHANGED' | 'AUTHORIZED' | 'UNAUTHORIZED';
  unauthorizedChangeId?: number | null;
};

/**
 * Reports observations as a discovery tool does: the discovery token run.sh started the app
 * with, no session.
 */
export async function observe(
  source: string,
  batchId: string,
  observations: Observation[],
): Promise<ObservationOutcome[]> {
  const http = await request.newContext({ baseURL: process.env.E2E_BASE_URL });
  try {
    const response = await http.post('/api/cmdb/observations', {
      data: { source, batchId, observations },
      headers: { Authorization: `Bearer ${process.env.E2E_DISCOVERY_TOKEN ?? ''}` },
    });
    expect(response.ok(), `POST /api/cmdb/observations: ${response.status()} ${await response.text()}`).toBe(
      true,
    );
    return ((await response.json()) as { observations: ObservationOutcome[] }).observations;
  } finally {
    await http.dispose();
  }
}
