import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { inflateRawSync } from 'node:zlib';

import { expect, request, test } from '@playwright/test';

import { Api, hoursAhead } from './api';
import { PASSWORD, signedInPage } from './support';

/**
 * The files of a ZIP by name, read from its central directory (node has no ZIP reader): entries
 * stored (method 0) or deflated (method 8), as java.util.zip writes them.
 */
function unzip(zip: Buffer): Map<string, Buffer> {
  // The end of central directory record: at the end, before a comment of up to 64 KiB.
  let end = -1;
  for (let at = zip.length - 22; at >= Math.max(0, zip.length - 22 - 0xffff); at -= 1) {
    if (zip.readUInt32LE(at) === 0x06054b50) {
      end = at;
      break;
    }
  }
  if (end < 0) throw new Error('not a ZIP: no end of central directory');
  const count = zip.readUInt16LE(end + 10);
  let entry = zip.readUInt32LE(end + 16);
  const files = new Map<string, Buffer>();
  for (let i = 0; i < count; i += 1) {
    if (zip.readUInt32LE(entry) !== 0x02014b50) throw new Error(`bad central header ${i}`);
    const method = zip.readUInt16LE(entry + 10);
    const compressedSize = zip.readUInt32LE(entry + 20);
    const size = zip.readUInt32LE(entry + 24);
    const nameLength = zip.readUInt16LE(entry + 28);
    const extraLength = zip.readUInt16LE(entry + 30);
    const commentLength = zip.readUInt16LE(entry + 32);
    const local = zip.readUInt32LE(entry + 42);
    const name = zip.toString('utf8', entry + 46, entry + 46 + nameLength);
    if (zip.readUInt32LE(local) !== 0x04034b50) throw new Error(`bad local header of ${name}`);
    const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    const data = zip.subarray(start, start + compressedSize);
    const content =
      method === 0 ? Buffer.from(data) : method === 8 ? inflateRawSync(data) : undefined;
    if (!content) throw new Error(`${name}: compression method ${method} is not supported`);
    expect(content.length, `${name}: size`).toBe(size);
    files.set(name, content);
    entry += 46 + nameLength + extraLength + commentLength;
  }
  return files;
}

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

type Manifest = {
  generatedAt: string;
  generatedBy: string;
  subject: string;
  chainHead: { seq: number; hash: string };
  files: { name: string; bytes: number; sha256: string }[];
};

test('the auditor finds who approved a change, downloads its evidence and checks the manifest, and can change nothing', async ({
  browser,
}) => {
  // The scene, set through the API as the demo users: a normal change two CAB members approve.
  const title = `Rotate the checkout-api signing keys ${Date.now() % 100_000}`;
  const requester = await Api.as('requester');
  const change = await requester.post<{ key: string }>('/api/changes', {
    title,
    description: 'Rotate the keys checkout-api signs payment callbacks with.',
    justification: 'The current keys are two years old; the policy asks for yearly rotation.',
    category: 'APPLICATION',
    affectedCis: ['CI-00003'],
    impact: 2,
    urgency: 2,
    implementationPlan: 'Publish the new public key, switch signing, retire the old key a day later.',
    testPlan: 'A test payment round-trips with the new key.',
    backoutPlan: 'Switch signing back to the old key, which stays published for a day.',
    timeZone: 'UTC',
    emergency: false,
    plannedStart: hoursAhead(152),
    plannedEnd: hoursAhead(153),
  });
  const key = change.key;
  await requester.post(`/api/changes/${key}/submit`, {});
  const manager = await Api.as('manager');
  await manager.complete(key, 'REVIEW_RFC', { decision: 'accept' });
  // Every member's vote task is taken while all are open: a vote the quorum made unneeded a
  // moment before still goes on the record.
  const comments: Record<string, string> = {
    cab1: 'Keys are in the HSM',
    cab2: 'Security signs off',
    cab3: 'Commerce is on call',
  };
  const members = await Promise.all(Object.keys(comments).map((user) => Api.as(user)));
  const tasks = await Promise.all(members.map((member) => member.task(key, 'CAB_VOTE')));
  for (const [i, user] of Object.keys(comments).entries()) {
    await members[i].post(`/api/tasks/${tasks[i].id}/complete`, {
      decision: 'approve',
      comment: comments[user],
    });
  }
  await requester.until<{ state: string }>(`/api/changes/${key}`, (c) =>
    ['SCHEDULING', 'SCHEDULE_CONFLICT', 'READY_FOR_RELEASE'].includes(c.state),
  );
  await Promise.all([requester, manager, ...members].map((api) => api.dispose()));

  // Who approved it: the change page names the approvers.
  const page = await signedInPage(browser, 'auditor');
  await page.goto(`/changes/${key}`);
  await expect(page.getByRole('heading', { name: title })).toBeVisible();
  await page.getByRole('tab', { name: 'Approvals' }).click();
  const approvals = page.getByRole('tabpanel', { name: 'Approvals' });
  await expect(approvals.getByRole('row').filter({ hasText: 'Casey Cab' })).toContainText('approve');
  await expect(approvals.getByRole('row').filter({ hasText: 'Charlie Cab' })).toContainText(
    'Security signs off',
  );
  // Reading only: no button that would change the change.
  await expect(
    page.getByRole('button', { name: /^(Edit|Submit|Resubmit|Withdraw|Approve|Reject|Complete task)$/ }),
  ).toHaveCount(0);
  await expect(page.getByRole('link', { name: /^(Edit|New RFC)$/ })).toHaveCount(0);

  // The evidence view: the same approvers with their comments, the classification, the path.
  await page.getByRole('link', { name: 'Evidence' }).click();
  await expect(page).toHaveURL(new RegExp(`/changes/${key}/evidence$`));
  await expect(page.getByRole('heading', { name: title })).toBeVisible();
  const votes = page.getByRole('region', { name: 'Approvals' });
  await expect(votes.getByRole('row').filter({ hasText: 'Casey Cab' })).toContainText(
    'Keys are in the HSM',
  );
  await expect(votes.getByRole('row').filter({ hasText: 'Charlie Cab' })).toContainText('approve');
  await expect(page.getByRole('region', { name: 'Classification' })).toContainText(
    'change_classification',
  );
  await expect(page.getByRole('region', { name: 'Process path' }).getByRole('img')).toBeVisible();
  await expect(page.getByRole('list', { name: 'Steps taken' })).toContainText('CAB vote');
  await expect(page.getByRole('region', { name: 'Audit events' }).getByRole('row')).not.toHaveCount(0);
  await expect(page.getByRole('button', { name: /^(Edit|Submit|Withdraw|Approve|Reject)$/ })).toHaveCount(0);

  // The evidence ZIP: every file matches the SHA-256 its manifest gives.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: 'Download evidence ZIP' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe(`${key}-evidence.zip`);
  const files = unzip(readFileSync(await download.path()));
  const manifest = JSON.parse(files.get('manifest.json')!.toString('utf8')) as Manifest;
  expect(manifest.subject).toBe(key);
  expect(manifest.generatedBy).toBe('auditor');
  expect([...files.keys()].sort()).toEqual(
    ['change.json', 'events.csv', 'events.json', 'manifest.json', 'path.svg'].sort(),
  );
  expect(manifest.files.map((file) => file.name).sort()).toEqual(
    [...files.keys()].filter((name) => name !== 'manifest.json').sort(),
  );
  for (const file of manifest.files) {
    const bytes = files.get(file.name)!;
    expect(bytes.length, `${file.name}: bytes`).toBe(file.bytes);
    expect(sha256(bytes), `${file.name}: sha256`).toBe(file.sha256);
  }
  const evidence = JSON.parse(files.get('change.json')!.toString('utf8')) as {
    votes: { approverName: string }[];
  };
  expect(evidence.votes.map((vote) => vote.approverName)).toEqual(
    expect.arrayContaining(['Casey Cab', 'Charlie Cab']),
  );
  expect(files.get('path.svg')!.toString('utf8')).toContain('data-element-id="cab_vote"');
  // The chain head the ZIP was taken at is part of the verified chain.
  const auditor = await Api.as('auditor');
  const verified = await auditor.get<{ intact: boolean; headSeq: number; headHash: string }>(
    '/api/audit/verify',
  );
  expect(verified.intact).toBe(true);
  expect(manifest.chainHead.seq).toBeGreaterThan(0);
  expect(manifest.chainHead.seq).toBeLessThanOrEqual(verified.headSeq);
  if (manifest.chainHead.seq === verified.headSeq) {
    expect(manifest.chainHead.hash).toBe(verified.headHash);
  }
  await auditor.dispose();

  // Writes through the API as the auditor: refused for the role (with a valid CSRF token).
  const http = await request.newContext({ baseURL: process.env.E2E_BASE_URL });
  await http.get('/api/auth/csrf');
  const csrf = async () =>
    (await http.storageState()).cookies.find((cookie) => cookie.name === 'XSRF-TOKEN')?.value ?? '';
  const login = await http.post('/api/auth/login', {
    data: { username: 'auditor', password: PASSWORD },
    headers: { 'X-XSRF-TOKEN': await csrf() },
  });
  expect(login.ok()).toBe(true);
  const headers = { 'X-XSRF-TOKEN': await csrf() };
  const withdraw = await http.post(`/api/changes/${key}/withdraw`, {
    data: { reason: 'An auditor must not be able to do this' },
    headers,
  });
  expect(withdraw.status()).toBe(403);
  expect(await withdraw.text()).toContain('Your roles do not allow this');
  const create = await http.post('/api/changes', { data: { title: 'Not by an auditor' }, headers });
  expect(create.status()).toBe(403);
  await http.dispose();
  await page.context().close();
});
