import { expect, request, type APIRequestContext } from '@playwright/test';

import { PASSWORD } from './support';

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
    const cookies = (await this.http.storageState()).cookies;
    const token = cookies.find((cookie) => cookie.name === 'XSRF-TOKEN')?.value ?? '';
    const response = await this.http.post(path, { data: body, headers: { 'X-XSRF-TOKEN': token } });
    expect(response.ok(), `POST ${path}: ${response.status()} ${await response.text()}`).toBe(true);
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

  /** Completes the user's open task of the kind on a change or release (it waits for it to open). */
  async complete(businessKey: string, kind: string, decision: Record<string, string>): Promise<void> {
    type Task = { id: string; changeKey: string; kind: string; allowedToComplete: boolean };
    const find = (tasks: Task[]) =>
      tasks.find((t) => t.changeKey === businessKey && t.kind === kind && t.allowedToComplete);
    const tasks = await this.until<Task[]>('/api/tasks?scope=all', (all) => find(all) !== undefined);
    await this.post(`/api/tasks/${find(tasks)!.id}/complete`, decision);
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
 * A standard change (model "Restart app server": pre-approved) on the staging checkout-api,
 * ready for release.
 */
export async function readyStandardChange(title: string, startHours: number): Promise<string> {
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
    plannedStart: hoursAhead(startHours),
    plannedEnd: hoursAhead(startHours + 1),
  });
  await requester.post(`/api/changes/${change.key}/submit`, {});
  await requester.until<{ state: string }>(
    `/api/changes/${change.key}`,
    (c) => c.state === 'READY_FOR_RELEASE',
  );
  await requester.dispose();
  return change.key;
}
