// The one entity decoder: every named reference of HTML, in the parser's inlines and in the encoded original HTML.
import * as assert from 'node:assert/strict';
import { parseDump } from '../../src/core/dump/parseDump';
import { htmlToText } from '../../src/core/extract/encodedHtml';
import { inlineText } from '../../src/core/extract/inlineText';
import type { Paragraph } from '../../src/core/model/dumpDocument';
import { decodeEntities, namedEntity } from '../../src/core/text/entities';

suite('Entities', () => {
	test('names found in real dumps decode, beyond the old partial tables', () => {
		assert.equal(decodeEntities('caf&eacute; 5&euro; 20&deg;C &Dagger; 400&percnt;'), 'café 5€ 20°C ‡ 400%');
	});

	test('names are case-sensitive first, then read in lower case; unknown names and bare ampersands stay', () => {
		assert.equal(decodeEntities('&Eacute;&eacute;&EURO;'), 'Éé€');
		assert.equal(decodeEntities('&notaname; AT&T &amp'), '&notaname; AT&T &amp');
		assert.equal(namedEntity('dagger'), '†');
		assert.equal(namedEntity('Dagger'), '‡');
		assert.equal(namedEntity('nope'), undefined);
	});

	test('numeric references, with U+FFFD for surrogates and out-of-range code points', () => {
		assert.equal(decodeEntities('&#233;&#xE9;&#xd800;&#1114112;'), 'éé\ufffd\ufffd');
	});

	test('the parser decodes them in paragraphs, the source range still covers the reference', () => {
		const doc = parseDump('Caf&eacute; costs 5&euro; at 20&deg;.\n');
		const p = doc.blocks[0] as Paragraph;
		assert.equal(inlineText(p.content), 'Café costs 5€ at 20°.');
		assert.equal(p.range.end, 'Caf&eacute; costs 5&euro; at 20&deg;.'.length);
	});

	test('the encoded original HTML reads them too', () => {
		assert.equal(htmlToText('<p>Caf&eacute; &Dagger;</p>'), 'Café ‡');
	});
});
