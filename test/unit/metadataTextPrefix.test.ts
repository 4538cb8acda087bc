// Metadata (issue 12, session 52, meta57): "Text" leads a byline only with its colon or dash ("Text: Anna Berg"); a bare "Text" is a control's label ("Text Link").
import * as assert from 'node:assert';
import { parseDump } from '../../src/core/dump/parseDump';
import type { ArticleMetadata } from '../../src/core/extract/article';
import { extractMetadata } from '../../src/core/extract/metadata';

const BODY = [
	'The lake trail starts at the old boathouse and follows the shore for six kilometres through birch and pine.',
	'',
	'Take water and a light jacket: the wind off the lake is cold even in June, and there is no kiosk on the way.',
	'',
	'The last stretch climbs to a lookout over the bay, then drops back to the car park on a gravel forest road.',
];

/** A page with a title, one meta line under it, then the body. */
function md(meta: string, title = '# A walk around the lake'): ArticleMetadata {
	return extractMetadata(parseDump(`${[title, '', meta, '', ...BODY].join('\n')}\n`), {});
}

suite('Metadata: "Text" as a byline label', () => {
	test('a bare "Text" before a word is a control\'s label, not a byline', () => {
		assert.strictEqual(md('[Text Link](#)').author, undefined);
		assert.strictEqual(md('Text Link').author, undefined);
	});

	test('"Text:", "Text –" and "Text by" still lead a byline', () => {
		assert.strictEqual(md('Text: Anna Berg').author?.value, 'Anna Berg');
		assert.strictEqual(md('Text – Anna Berg').author?.value, 'Anna Berg');
		assert.strictEqual(md('Text by Anna Berg').author?.value, 'Anna Berg');
	});
});
