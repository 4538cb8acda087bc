// The one HTML tag-attribute reader: the parser's raw divs, the encoded original HTML and the tracking rule agree on it.
import * as assert from 'assert';
import { htmlTagAttributes } from '../../src/core/dump/attributes';
import { parseHtmlAttributes } from '../../src/core/extract/encodedHtml';
import { firstAttribute, readHtmlAttributes } from '../../src/core/text/htmlAttributes';
import { imgTagAttributes } from '../../src/core/vocab/tracking';

suite('htmlAttributes', () => {
	test('reads quoted, unquoted and bare attributes in order, whole tag or inside', () => {
		const whole = readHtmlAttributes(`<img src="a.png" alt='it' width=1 hidden data-x = "y" />`);
		assert.deepStrictEqual(whole.map((a) => [a.name, a.value]), [['src', 'a.png'], ['alt', 'it'], ['width', '1'], ['hidden', ''], ['data-x', 'y']]);
		assert.deepStrictEqual(readHtmlAttributes(' href="x" class=y').map((a) => a.name), ['href', 'class']);
	});

	test('values are entity-decoded as a browser decodes them', () => {
		assert.strictEqual(firstAttribute(readHtmlAttributes('<a href="/p?a=1&amp;b=2&eacute;">'), 'HREF'), '/p?a=1&b=2\u00e9');
	});

	test('a custom element name is not read as an attribute', () => {
		const attrs = htmlTagAttributes('<lingo-label class="author" id="who">', 10);
		assert.strictEqual(attrs.id, 'who');
		assert.deepStrictEqual(attrs.classes, ['author']);
		assert.deepStrictEqual(attrs.pairs, []);
	});

	test('the first id, class and src win, as in browsers; every reader agrees', () => {
		const div = htmlTagAttributes('<div class="main post" class="ad" id="a" id="b" role="main">', 0);
		assert.deepStrictEqual([div.id, div.classes, div.pairs], ['a', ['main', 'post'], [['role', 'main']]]);
		assert.strictEqual(parseHtmlAttributes(' class="main post" class="ad"').get('class'), 'main post');
		const img = imgTagAttributes('<img src="https://t.example/p.gif?u=1&amp;v=2" src="b.png" width="1" height="1">', 5);
		assert.strictEqual(img?.src, 'https://t.example/p.gif?u=1&v=2');
		assert.deepStrictEqual(img?.attrs.pairs, [['width', '1'], ['height', '1']]);
		assert.strictEqual(imgTagAttributes('<img alt="no source">', 0), undefined);
	});
});
