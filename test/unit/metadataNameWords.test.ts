// Metadata (issue 12): a lone function word in an author slot ("on") is not a name; names and handles that start like one are.
import * as assert from 'node:assert';
import { splitNames } from '../../src/core/extract/metadata';

suite('Metadata: function words are not names', () => {
	test('a theme\'s author slot holding the word before the date gives no name', () => {
		assert.deepStrictEqual(splitNames('on', { handles: true }), []);
		assert.deepStrictEqual(splitNames('at', { handles: true }), []);
	});

	test('names and handles that begin with those letters stay', () => {
		assert.deepStrictEqual(splitNames('Sunita Rao'), ['Sunita Rao']);
		assert.deepStrictEqual(splitNames('Jan Novak'), ['Jan Novak']);
		assert.deepStrictEqual(splitNames('online_otter', { handles: true }), ['online_otter']);
	});
});
