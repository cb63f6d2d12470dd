import { expect, type Locator, type Page } from '@playwright/test';

function exactly(text: string): RegExp {
  return new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);
}

/**
 * Picks an option of an antd Select as a user does: open it, type to narrow the list (a virtual list
 * renders only the first options), click the option in this select's own dropdown.
 *
 * It then waits on the select's state: closed (aria-expanded) and showing the choice. Counting
 * `:visible` dropdowns instead reads motion, not state: a dropdown in its leave animation is
 * transparent and takes no pointer events, yet still has a box, and antd gives a select's leave
 * animation no deadline, so it ends only when the browser reports `animationend`.
 */
export async function choose(select: Locator, option: string): Promise<void> {
  const page = select.page();
  await select.click();
  await expect(select).toHaveAttribute('aria-expanded', 'true');
  if (await select.isEditable()) await select.fill(option);
  const list = await select.getAttribute('aria-controls');
  if (!list) throw new Error('the select names no list of options (aria-controls)');
  await page
    .locator('.ant-select-dropdown')
    .filter({ has: page.locator(`[id="${list}"]`) })
    .locator('.ant-select-item-option')
    .filter({ hasText: exactly(option) })
    .click();
  await expect(select).toHaveAttribute('aria-expanded', 'false');
  await expect(selectOf(select).locator('.ant-select-content')).toHaveText(option);
}

/** The `.ant-select` box around a select's combobox input. */
function selectOf(combobox: Locator): Locator {
  return combobox.locator('xpath=ancestor::div[contains(concat(" ", @class, " "), " ant-select ")][1]');
}

/**
 * Waits until no finite animation runs (a modal zooming in, a dropdown sliding), so a screenshot or
 * a measured box shows the page at rest. Endless ones (spinners) are not waited for.
 */
export async function settled(page: Page): Promise<void> {
  await page.waitForFunction(() =>
    document
      .getAnimations()
      .every(
        (animation) =>
          animation.playState !== 'running' || animation.effect?.getComputedTiming().endTime === Infinity,
      ),
  );
}

/** Ids that more than one element of the page carries: a label or aria reference then finds the wrong one. */
export function duplicateIds(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const seen = new Set<string>();
    const repeated = new Set<string>();
    for (const element of document.querySelectorAll('[id]')) {
      if (seen.has(element.id)) repeated.add(element.id);
      seen.add(element.id);
    }
    return [...repeated];
  });
}
