// Button labels: a button's or tooltip's label printed on every card of a listing is a control, not the item.
import * as assert from 'node:assert';
import { parseDump } from '../../src/core/dump/parseDump';
import type { RemovedRegion } from '../../src/core/extract/article';
import { buttonLabel, dropButtonLabels } from '../../src/core/extract/heuristics/buttonLabels';
import { collapse, collapsedText } from '../../src/core/extract/inlineText';

/** One chart entry: a title, a year line, and a button whose label pandoc keeps as a classed span. */
function card(title: string, label = '[Mark as watched]{.ipc-btn__text}'): string {
	return ['::: chart-item', `### ${title}`, '', '2025 1h 54m R', '', label, ':::', ''].join('\n');
}

const FILMS = ['Scream 7', 'The Bluff', 'Wuthering Heights', 'Marty Supreme', 'The Housemaid'];

function kept(dump: string): { text: string; removed: RemovedRegion[] } {
	const removed: RemovedRegion[] = [];
	const blocks = dropButtonLabels(parseDump(dump).blocks, removed);
	return { text: blocks.map((b) => collapse(collapsedText(b))).join(' | '), removed };
}

suite('Button labels (a control printed on every card)', () => {
	test('a button label under every card goes; the titles and data lines stay', () => {
		const { text, removed } = kept(FILMS.map((t) => card(t)).join('\n'));
		assert.ok(!/mark as watched/i.test(text), text);
		for (const t of ['Scream 7', 'The Bluff', 'Wuthering Heights', '2025 1h 54m R']) assert.ok(text.includes(t), `lost ${t}: ${text}`);
		assert.strictEqual(removed.filter((r) => r.step === 'button-label').length, FILMS.length);
	});

	test('a tooltip beside every logo goes too', () => {
		const tip = '[View Company Profile]{.tooltip--flag-logo__tooltiptext}';
		const { text } = kept(FILMS.map((t) => card(t, tip)).join('\n'));
		assert.ok(!text.includes('View Company Profile'), text);
	});

	test('a button on three cards of five stays (a row of feature tiles): only a label every card repeats is a control', () => {
		const { text } = kept(FILMS.map((t, i) => card(t, i < 3 ? undefined : `Line ${i}`)).join('\n'));
		assert.ok(text.includes('Mark as watched'), text);
	});

	test('a repeated line without a button class is the item\'s data, and a long classed line is text', () => {
		assert.strictEqual(buttonLabel(parseDump('Full time\n').blocks[0]), undefined);
		assert.strictEqual(buttonLabel(parseDump('[This line is far longer than any label a button would carry]{.btn}\n').blocks[0]), undefined);
		assert.strictEqual(buttonLabel(parseDump('[Rate]{.rate-btn}\n').blocks[0]), 'rate');
		// Text outside the button's span makes the line the item's own.
		assert.strictEqual(buttonLabel(parseDump('5.9 (22K) [Rate]{.rate-btn}\n').blocks[0]), undefined);
	});
});

suite('Badge labels (a status printed on every card)', () => {
	test('a badge container\'s line on every card goes; on three cards it stays', () => {
		const badge = (t: string): string => ['::: product-card', `### ${t}`, '', '::: product-badges', 'New product', ':::', '', '$12.99', ':::', ''].join('\n');
		const removed: RemovedRegion[] = [];
		const every = dropButtonLabels(parseDump(FILMS.map(badge).join('\n')).blocks, removed).map((b) => collapse(collapsedText(b))).join(' | ');
		assert.ok(!every.includes('New product') && every.includes('Scream 7') && every.includes('$12.99'), every);
		const few = dropButtonLabels(parseDump(FILMS.slice(0, 3).map(badge).join('\n')).blocks, []).map((b) => collapse(collapsedText(b))).join(' | ');
		assert.ok(few.includes('New product'), few);
	});
});
