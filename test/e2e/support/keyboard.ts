import type { Locator, Page } from 'playwright-core';

/**
 * Keyboard-only interaction, as a person without a mouse: Tab to move, typing, Space and Enter.
 * Each step asserts that the focus order actually reaches the control, in the order given.
 */

const MAX_TABS = 100;

/** What has the focus, for error messages: tag, id and its label or text. */
export function describeFocus(page: Page): Promise<string> {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return '<body> (nothing has the focus)';
    const text = (el.getAttribute('aria-label') ?? (el as HTMLInputElement).labels?.[0]?.textContent ?? el.textContent ?? '').trim().replace(/\s+/g, ' ');
    return `<${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}> "${text.slice(0, 60)}"`;
  });
}

/** Whether the locator's element has the focus (without waiting: a hidden or missing element has not). */
export function isFocused(target: Locator): Promise<boolean> {
  return target.evaluateAll((els) => els.some((el) => el === document.activeElement));
}

/** Fails, saying where the focus is instead, unless `target` is document.activeElement. */
export async function expectFocus(page: Page, target: Locator, name: string): Promise<void> {
  if (!(await isFocused(target))) throw new Error(`expected the focus on "${name}", but it is on ${await describeFocus(page)}`);
}

/**
 * Presses Tab until `target` has the focus; fails if it takes more than MAX_TABS presses, or if one of
 * `later` (controls that must come after the target) is reached first.
 */
export async function tabTo(page: Page, target: Locator, name: string, later: Array<{ target: Locator; name: string }> = []): Promise<void> {
  for (let i = 0; i < MAX_TABS; i++) {
    await page.keyboard.press('Tab');
    if (await isFocused(target)) return;
    for (const l of later) if (await isFocused(l.target)) throw new Error(`focus order: Tab reached "${l.name}" before "${name}"`);
  }
  throw new Error(`Tab did not reach "${name}" within ${MAX_TABS} presses; the focus is on ${await describeFocus(page)}`);
}

/** Form fields by label, in focus order: a string is typed, true/false ticks or unticks a checkbox (Space). */
export type KeyboardFields = Record<string, string | boolean>;

/**
 * Fills the fields (in the order given, which must be the focus order) and presses Enter on the
 * submit button, using only the keyboard. Tabbing into a text box selects what is in it, so typing
 * replaces it; the value is checked after typing.
 */
export async function fillAndSubmitByKeyboard(page: Page, fields: KeyboardFields, submit: string): Promise<void> {
  const steps = [
    ...Object.entries(fields).map(([label, value]) => ({ name: label, target: page.getByLabel(label, { exact: true }), value })),
    { name: `${submit} button`, target: page.getByRole('button', { name: submit, exact: true }), value: null },
  ];
  for (const [i, step] of steps.entries()) {
    await tabTo(page, step.target, step.name, steps.slice(i + 1));
    if (typeof step.value === 'string') {
      await page.keyboard.type(step.value);
      const typed = await step.target.inputValue();
      if (typed !== step.value) throw new Error(`typing into "${step.name}" left "${typed}", not "${step.value}"; the focus is on ${await describeFocus(page)}`);
    } else if (typeof step.value === 'boolean') {
      if ((await step.target.isChecked()) !== step.value) await page.keyboard.press('Space');
    } else {
      await page.keyboard.press('Enter');
    }
  }
}
