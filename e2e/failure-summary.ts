import type { FullResult, Reporter, TestCase, TestResult } from '@playwright/test/reporter';
import { writeFileSync } from 'node:fs';

/**
 * Writes each failed test's title and the first lines of its error to artifacts/failures.txt;
 * run.sh prints it last, after the app log, so the tail of a CI log names what failed.
 */
export default class FailureSummary implements Reporter {
  private readonly failures: string[] = [];

  onTestEnd(test: TestCase, result: TestResult): void {
    if (result.status === 'failed' || result.status === 'timedOut') {
      const error = (result.error?.message ?? result.status).split('\n').slice(0, 12).join('\n    ');
      this.failures.push(`✘ ${test.titlePath().filter(Boolean).join(' › ')}\n    ${error}`);
    }
  }

  onEnd(result: FullResult): void {
    const text = this.failures.length > 0 ? this.failures.join('\n') : `no failed test (${result.status})`;
    writeFileSync('artifacts/failures.txt', `${text}\n`);
  }
}
