// Spans hidden by a CSS framework's class (`d-none`, `hidden`) are not text, unless a responsive class shows them.
import * as assert from 'node:assert/strict';
import { parseDump } from '../../src/core/dump/parseDump';
import { isHiddenSpan } from '../../src/core/extract/inlineText';
import { extractArticle } from '../../src/core/extract/extractArticle';
import { renderMarkdown } from '../../src/core/render/articleMarkdown';
import { renderText } from '../../src/core/render/articleText';

function attrs(classes: string[]): { classes: string[]; pairs: []; range: { start: number; end: number } } {
	return { classes, pairs: [], range: { start: 0, end: 0 } };
}

const DUMP = [
	'# Why does my kettle click twice?',
	'',
	'[\\$\\begingroup\\$]{.d-none} The kettle clicks once when the water boils and again a few seconds later, every single morning without fail. What is the second click, and should I worry about the thermostat in the base of it?',
	'',
	'The second click is the bimetallic strip settling back as it cools down; it is harmless and every kettle of that design does it once the element switches off. [Share]{.hidden .md:inline} [\\$\\endgroup\\$]{.d-none}',
	'',
].join('\n');

suite('hidden spans', () => {
	test('a span whose only display class is d-none or hidden is hidden; a responsive class shows it', () => {
		assert.equal(isHiddenSpan(attrs(['d-none'])), true);
		assert.equal(isHiddenSpan(attrs(['hidden'])), true);
		assert.equal(isHiddenSpan(attrs(['d-none', 'd-md-inline'])), false);
		assert.equal(isHiddenSpan(attrs(['hidden', 'md:inline'])), false);
		assert.equal(isHiddenSpan(attrs(['d-md-none'])), false);
		assert.equal(isHiddenSpan(attrs(['visible'])), false);
	});

	test('the extracted text and Markdown leave out MathJax delimiters in d-none spans', () => {
		const doc = parseDump(DUMP);
		const article = extractArticle(doc);
		const text = renderText(article, doc);
		assert.ok(text.includes('bimetallic strip'), text);
		assert.ok(!text.includes('begingroup') && !text.includes('endgroup'), text);
		assert.ok(text.includes('Share'), text);
		const md = renderMarkdown(article, doc).markdown;
		assert.ok(!md.includes('begingroup'), md);
	});
});
