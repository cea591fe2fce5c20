import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

/**
 * What the seed made for the role walks: the records each role looks at. Written once per run by
 * seed.setup.ts; one file per app (its port), so two runs on one machine never read each other's.
 */
export type Change = { key: string; title: string };

export type Scene = {
  /** Normal change through review and three CAB approvals: ready for release, in `pending`. */
  approved: Change;
  /** Normal change in its CAB vote: cab2 abstained, cab1 and cab3 still to vote. */
  voting: Change;
  /** Emergency change waiting for the ECAB. */
  emergency: Change;
  /** Standard change rolled out by `rolledOut`. */
  rolledOutChange: string;
  /** Release rolled out wave by wave and closed. */
  rolledOut: string;
  /** Release whose staging wave failed verification: backed out. */
  backedOut: string;
  /** Standard change of the backed-out release: in its post-implementation review. */
  backedOutChange: string;
  /** Release releng2 built: waits for releng's and the change manager's acceptance. */
  pending: string;
  /** A change discovery saw on edge-lb that nothing covered: an open unauthorized change. */
  unauthorized: { id: number; ciKey: string; ciName: string; attribute: string; value: string };
  /** The task ids people open. */
  tasks: {
    cab1Vote: string;
    ecabApproval: string;
    relengAccept: string;
    managerAccept: string;
    managerPir: string;
  };
};

const file = () => {
  const port = new URL(process.env.E2E_BASE_URL ?? 'http://127.0.0.1:8080').port || '80';
  return resolve(__dirname, `../../artifacts/scene-${port}.json`);
};

export function saveScene(scene: Scene): void {
  mkdirSync(dirname(file()), { recursive: true });
  writeFileSync(file(), JSON.stringify(scene, null, 2));
}

export function loadScene(): Scene {
  return JSON.parse(readFileSync(file(), 'utf8')) as Scene;
}
