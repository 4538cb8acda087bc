// Speed (issue 12): `isSpreadOut` answers again from its last answer only for the same article, whole page and signals.
import * as assert from 'node:assert';
import { type Attempt, ROOT } from '../../src/core/extract/blockIndex';
import { isSpreadOut } from '../../src/core/extract/kinds/coverage';
import type { PageSignals } from '../../src/core/extract/kinds/signals';

function attempt(chars: number): Attempt {
	return { region: ROOT, regionScore: 0, blocks: [], removed: [], chars };
}

suite('Speed: isSpreadOut asked twice', () => {
	const signals = { longParagraphs: 0 } as unknown as PageSignals;

	test('the same attempts give the same answer; another whole page is measured afresh', () => {
		const article = attempt(100);
		const big = attempt(1000);
		assert.strictEqual(isSpreadOut(signals, article, big), true, 'a tenth of the page is spread out');
		assert.strictEqual(isSpreadOut(signals, article, big), true);
		// The same article beside a page it holds two thirds of is not spread out, though asked right after.
		assert.strictEqual(isSpreadOut(signals, article, attempt(150)), false);
		assert.strictEqual(isSpreadOut(signals, article, big), true);
	});

	test('other signals are measured afresh', () => {
		const article = attempt(400);
		const whole = attempt(1000);
		// 40% of the page: spread out only when the page has too few long paragraphs (coverage.ts SHORT_PAGE_LONG_PARAGRAPHS).
		assert.strictEqual(isSpreadOut(signals, article, whole), true);
		assert.strictEqual(isSpreadOut({ longParagraphs: 5 } as unknown as PageSignals, article, whole), false);
	});
});
