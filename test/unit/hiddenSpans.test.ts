// Spans hidden by a CSS framework's class (`d-none`, `hidden`, screen-reader-only classes) are not text, unless a responsive class shows them.
import * as assert from 'node:assert/strict';
import { parseDump } from '../../src/core/dump/parseDump';
import type { Inline } from '../../src/core/model/dumpDocument';
import { isHiddenSpan } from '../../src/core/extract/inlineText';
import { isKeptHiddenNumber } from '../../src/core/extract/hiddenNumbers';
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

	test('screen-reader-only spans are hidden unless a responsive class shows them', () => {
		for (const c of ['sr-only', 'visually-hidden', 'visuallyhidden', 'screen-reader-text']) assert.equal(isHiddenSpan(attrs([c])), true, c);
		assert.equal(isHiddenSpan(attrs(['sr-only', 'md:not-sr-only'])), false);
		assert.equal(isHiddenSpan(attrs(['sr-only-focusable-note'])), false);
	});

	test('the other frameworks\' screen-reader classes hide their text too; look-alike names do not', () => {
		for (const c of ['screenreader', 'screen-reader-only', 'screenreader-only', 'element-invisible', 'show-for-sr', 'assistive-text']) assert.equal(isHiddenSpan(attrs([c])), true, c);
		for (const c of ['screen-reader', 'screenreader-link', 'show-for-small', 'element-visible']) assert.equal(isHiddenSpan(attrs([c])), false, c);
	});

	test('a card\'s screen-reader price labels are not in the text; its name and prices are', () => {
		const dump = [
			'# Stoneware mugs',
			'',
			'Every mug below is thrown on the wheel in our riverside studio, glazed by hand and fired twice, so no two are quite alike.',
			'',
			'[Harbour mug](/products/harbour-mug) [Sale price]{.visually-hidden} \\$18.00 [Regular price]{.visually-hidden} \\$24.00',
			'',
		].join('\n');
		const doc = parseDump(dump);
		const text = renderText(extractArticle(doc), doc);
		assert.ok(text.includes('Harbour mug') && text.includes('$18.00') && text.includes('$24.00'), text);
		assert.ok(!text.includes('Sale price') && !text.includes('Regular price'), text);
	});

	test('a namespaced screen-reader class hides a span\'s text without digits; with digits, or judged by its attributes alone, it stays', () => {
		const words = (value: string): Inline[] => [{ kind: 'text', value, range: { start: 0, end: 0 } }];
		for (const c of ['eds-is-hidden-accessible', 'h-sr-only', 'wt-screen-reader-only', 'ui-helper-hidden-accessible', 'VisuallyHidden_visuallyHidden__x1', 'visually-hidden--inline'])
			assert.equal(isHiddenSpan(attrs([c]), words('Save this event')), true, c);
		for (const c of ['lg:sr-only', 'md:not-sr-only', 'not-sr-only', 'a-offscreen', 'srcset', 'hidden-xs', 'visually-hiddenness']) assert.equal(isHiddenSpan(attrs([c]), words('Save this event')), false, c);
		assert.equal(isHiddenSpan(attrs(['wt-screen-reader-only']), words('Sale Price $17.60')), false);
		assert.equal(isHiddenSpan(attrs(['eds-is-hidden-accessible'])), false);
	});

	test('a namespaced screen-reader span keeps its digits only when short: a price stays, a label naming a numbered title goes (hiddenNumbers.ts)', () => {
		const words = (value: string): Inline[] => [{ kind: 'text', value, range: { start: 0, end: 0 } }];
		assert.equal(isHiddenSpan(attrs(['eds-is-hidden-accessible']), words('4.5 out of 5 stars')), false);
		assert.equal(isHiddenSpan(attrs(['eds-is-hidden-accessible']), words('Save this event: Kiln Workshop - Spring 2026')), true);
		assert.equal(isKeptHiddenNumber('Sale Price $17.60'), true);
		assert.equal(isKeptHiddenNumber('Share this event: Glazing Night Number 3'), false);
		assert.equal(isKeptHiddenNumber('Share this event'), false);
	});

	test('an event card\'s icon-button labels under a namespaced screen-reader class are not in the text', () => {
		const card = (title: string, when: string): string[] => [
			'::: event-card',
			`### [${title}](/e/${title.toLowerCase().replace(/\W+/g, '-')})`,
			'',
			when,
			'',
			`*![](heart.svg)[Save this event: ${title}]{.eds-is-hidden-accessible}* *![](share.svg)[Share this event: ${title}]{.eds-is-hidden-accessible}*`,
			':::',
			'',
		];
		const dump = [
			'# Pottery workshops near you',
			'',
			'Hands-on evenings at the wheel and the glazing bench, for beginners and returning potters alike, hosted across the city this season.',
			'',
			...card('Wheel throwing for beginners', 'Tuesday at 6:00 PM'),
			...card('Glazing with ash and oxides', 'Thursday at 7:30 PM'),
			...card('Handbuilding a set of bowls', 'Saturday at 10:00 AM'),
		].join('\n');
		const doc = parseDump(dump);
		const text = renderText(extractArticle(doc), doc);
		assert.ok(text.includes('Glazing with ash and oxides') && text.includes('Thursday at 7:30 PM'), text);
		assert.ok(!text.includes('Save this event') && !text.includes('Share this event'), text);
	});
});
