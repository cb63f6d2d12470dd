import { expect, type Locator, type Page } from '@playwright/test';

function exactly(text: string): RegExp {
  return new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);
}

/**
 * Picks an option of an antd Select as a user at the keyboard does: open it, type to narrow the list
 * (a virtual list renders only the first options), move the highlight onto the option, press Enter.
 *
 * Not a mouse click on the option: typing re-renders the virtual list under the pointer, and a click
 * that lands while it does hits the list's padding, so the select stays open with the choice unmade
 * (seen on a quiet machine, aria-expanded "true" for 30 s). The highlight is the select's own state,
 * so waiting on it and then pressing Enter leaves nothing to timing.
 *
 * It then waits on the select's state: closed (aria-expanded) and showing the choice. Counting
 * `:visible` dropdowns instead reads motion, not state: a dropdown in its leave animation is
 * transparent and takes no pointer events, yet still has a box.
 */
export async function choose(select: Locator, option: string): Promise<void> {
  const page = select.page();
  await select.click();
  await expect(select).toHaveAttribute('aria-expanded', 'true');
  if (await select.isEditable()) await select.fill(option);
  const list = await select.getAttribute('aria-controls');
  if (!list) throw new Error('the select names no list of options (aria-controls)');
  const options = page
    .locator('.ant-select-dropdown')
    .filter({ has: page.locator(`[id="${list}"]`) })
    .locator('.ant-select-item-option');
  const target = options.filter({ hasText: exactly(option) });
  await expect(target).toBeVisible();
  const active = options.and(page.locator('.ant-select-item-option-active'));
  const count = await options.count();
  for (let step = 0; ; step++) {
    await expect(active).toHaveCount(1);
    const highlighted = (await active.innerText()).trim();
    if (exactly(option).test(highlighted)) break;
    if (step >= count) throw new Error(`option ${option} never became the highlighted one`);
    await select.press('ArrowDown');
    // Wait for the highlight to move before reading it again.
    await expect(active).not.toHaveText(highlighted);
  }
  await select.press('Enter');
  await expect(select).toHaveAttribute('aria-expanded', 'false');
  await expect(selectOf(select).locator('.ant-select-content')).toHaveText(option);
}

/** The `.ant-select` box around a select's combobox input. */
function selectOf(combobox: Locator): Locator {
  return combobox.locator('xpath=ancestor::div[contains(concat(" ", @class, " "), " ant-select ")][1]');
}

/**
 * Waits until an antd modal has finished opening, so a click inside it lands where it is aimed.
 *
 * While it opens, rc-motion holds the modal for a few frames at full size but transparent (its
 * prepare and start steps), then starts the zoom from a fifth of that size. Playwright finds a
 * button stable and hit-checks it on those first frames, presses it, and the release can come
 * after the zoom began: it lands on the modal's wrapper, so no click reaches the button and the
 * modal simply stays open. `settled` does not cover this: no animation runs before the zoom starts.
 * The motion classes (`ant-zoom-appear`, `-enter`, …) are rc-motion's own state and leave only
 * once the opening is over.
 */
export async function opened(dialog: Locator): Promise<Locator> {
  await expect(dialog).toBeVisible();
  await expect(dialog).not.toHaveClass(/(^|\s)\S+-(appear|enter)(\s|$)/);
  return dialog;
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
