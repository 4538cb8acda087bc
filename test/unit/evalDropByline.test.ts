// EVAL_DROP_BYLINE's transform: the true author's names and the true date's forms leave the dump, and a date glued to the removed one leaves with it.
import * as assert from 'node:assert/strict';
import { dropBylineDump } from '../../scripts/eval/dropByline';

suite('Eval drop byline', () => {
	test('the annotated name and date go, newlines stay', () => {
		const dump = 'By Jane Doe\nMarch 5, 2024\nBody text about March 6, 2024.';
		const out = dropBylineDump(dump, { author: 'Jane Doe', publish_date: '2024-03-05' });
		assert.equal(out.split('\n').length, 3);
		assert.ok(!out.includes('Jane'));
		assert.ok(!out.includes('March 5'));
		assert.ok(out.includes('March 6, 2024'));
	});

	test('a date glued without a space to the removed one goes too, whichever half is the true one', () => {
		const dump = '[August 25, 2025August 29, 2025]{.posted-on}\nLater: September 2, 2025';
		const first = dropBylineDump(dump, { author: null, publish_date: '2025-08-25' });
		assert.ok(!/August/.test(first), first);
		assert.ok(first.includes('September 2, 2025'));
		const second = dropBylineDump(dump, { author: null, publish_date: '2025-08-29' });
		assert.ok(!/August/.test(second), second);
	});

	test('a date after a space is another date and stays', () => {
		const out = dropBylineDump('August 25, 2025 August 29, 2025', { author: null, publish_date: '2025-08-25' });
		assert.ok(out.includes('August 29, 2025'));
	});
});
