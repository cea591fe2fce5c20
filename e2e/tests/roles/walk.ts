import AxeBuilder from '@axe-core/playwright';
import { expect, type Locator, type Page, type TestInfo } from '@playwright/test';

/** What a page must never show a person. */
const BROKEN = [/Could not load/i, /Something went wrong/i, /Not available to you/i, /Page not found/i];

/** The WCAG 2.1 A and AA rules; serious and critical findings fail. */
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/**
 * A signed-in person walking through the pages and tabs of their role. Every view it shows
 * is checked the same way: loaded, no failure message, no console error, no clipped badge, no
 * horizontal overflow and no serious or critical axe finding.
 */
export class Walk {
  private errors: string[] = [];

  constructor(
    readonly page: Page,
    private readonly info: TestInfo,
  ) {
    page.on('console', (message) => {
      if (message.type() === 'error') this.errors.push(`${message.text()} (${page.url()})`);
    });
    page.on('pageerror', (error) => this.errors.push(`${error.message} (${page.url()})`));
  }

  /** Goes to the path as a typed address and checks the page. */
  async open(path: string, heading: string | RegExp): Promise<void> {
    await this.page.goto(path);
    await this.expectPage(path, heading);
  }

  /** Follows the main navigation's entry and checks the page. */
  async navigate(entry: string, heading: string | RegExp): Promise<void> {
    // On a tablet the navigation folds behind the burger; following an entry folds it again.
    const burger = this.page.getByRole('button', { name: 'Toggle navigation' });
    if (await burger.isVisible()) await burger.click();
    await this.nav().getByRole('link', { name: new RegExp(`^${entry}\\b`) }).click();
    await this.expectPage(`nav ${entry}`, heading);
  }

  nav(): Locator {
    return this.page.getByRole('navigation', { name: 'Main' });
  }

  /** The entries of the main navigation, in order, without their counts. */
  async navEntries(): Promise<string[]> {
    const links = this.nav().getByRole('link');
    await expect(links.first()).toBeVisible();
    return (await links.allTextContents()).map((text) => text.replace(/\d+$/, '').trim());
  }

  private async expectPage(label: string, heading: string | RegExp): Promise<void> {
    await expect(
      this.page.getByRole('heading', { name: heading }).first(),
      `${label}: heading ${heading}`,
    ).toBeVisible();
    await this.check(label);
  }

  /** Opens a tab of the page, waits for its panel and checks the view. */
  async tab(name: string | RegExp, within: Locator | Page = this.page): Promise<Locator> {
    const tab = within.getByRole('tab', { name });
    await tab.click();
    await expect(tab).toHaveAttribute('aria-selected', 'true');
    const panel = within.getByRole('tabpanel', { name });
    await expect(panel).toBeVisible();
    await this.check(`tab ${name}`);
    return panel;
  }

  /** The checks every view gets; `label` says where in the walk it failed. */
  async check(label: string): Promise<void> {
    const page = this.page;
    await expect(
      page.locator('[aria-busy="true"], [aria-label^="Loading"]'),
      `${label}: still loading`,
    ).toHaveCount(0);
    // Soft: one walk reports every broken view, not only the first; the test still fails.
    for (const broken of BROKEN) {
      await expect
        .soft(page.getByText(broken), `${label} (${page.url()}) shows ${broken}`)
        .toHaveCount(0);
    }
    expect.soft(await truncatedBadges(page), `${label}: badges cut off`).toEqual([]);
    expect.soft(await horizontalOverflow(page), `${label}: page wider than the window`).toBe(0);
    const axe = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
    const serious = axe.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map(describeNode).join(', ')}`);
    expect.soft(serious, `${label} (${page.url()}): axe`).toEqual([]);
    expect.soft(this.errors, `${label}: console errors`).toEqual([]);
    this.errors = [];
  }

  /** A screenshot committed to docs/screenshots/, refreshed by every run (only at 1440 px). */
  async screenshot(role: string): Promise<void> {
    if (this.page.viewportSize()?.width !== 1440) return;
    await this.page.screenshot({
      path: `${__dirname}/../../../docs/screenshots/${role}.png`,
      fullPage: true,
    });
    await this.info.attach(`${role}.png`, { path: `${__dirname}/../../../docs/screenshots/${role}.png` });
  }

  /** Opens the notifications panel and returns it (checked like a page). */
  async notifications(): Promise<Locator> {
    await this.page.getByRole('button', { name: /^Notifications/ }).click();
    const panel = this.page.getByRole('dialog', { name: 'Notifications' });
    await expect(panel).toBeVisible();
    await this.check('notifications panel');
    return panel;
  }

  async closeNotifications(): Promise<void> {
    await this.page.getByRole('button', { name: /^Notifications/ }).click();
    await expect(this.page.getByRole('dialog', { name: 'Notifications' })).toBeHidden();
  }
}

/** Badges whose label does not fit: text people cannot read. */
function truncatedBadges(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('.mantine-Badge-label')]
      .filter((label) => label.offsetParent !== null && label.scrollWidth > label.clientWidth + 1)
      .map((label) => label.textContent ?? ''),
  );
}

/** How many pixels the page is wider than the window (0: nothing clipped or scrolled sideways). */
function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(() =>
    Math.max(0, document.documentElement.scrollWidth - document.documentElement.clientWidth),
  );
}

/** Where axe found a violation; for contrast also the colours and ratio, so the fix is clear. */
function describeNode(node: { target: unknown[]; any: { data?: unknown }[] }): string {
  const data = node.any[0]?.data as
    | { fgColor?: string; bgColor?: string; contrastRatio?: number }
    | undefined;
  const where = node.target.join(' ');
  return data?.contrastRatio
    ? `${where} (${data.fgColor} on ${data.bgColor}: ${data.contrastRatio}:1)`
    : where;
}
