// Helpers shared by the UI scenarios (test/integration/ui/*.ts): the command palette.
import type { Page } from 'playwright-core';

/** Runs a command from the palette, waiting for its row so no keystroke is lost. */
export async function runCommand(page: Page, label: string): Promise<void> {
	await page.keyboard.press('F1');
	const input = page.locator('.quick-input-widget input');
	await input.waitFor({ state: 'visible', timeout: 10_000 });
	await input.fill(`>${label}`);
	await page.locator('.quick-input-widget .monaco-list-row', { hasText: label }).first().waitFor({ timeout: 10_000 });
	await page.keyboard.press('Enter');
	await page.locator('.quick-input-widget').waitFor({ state: 'hidden', timeout: 10_000 });
}
