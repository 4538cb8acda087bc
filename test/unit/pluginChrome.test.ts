// Plugin chrome (heuristics/pluginChrome.ts, data/pluginChrome.ts): a publishing plugin's widget inside the post goes; the post stays.
import * as assert from 'node:assert';
import { PLUGIN_CHROME } from '../../src/core/extract/data/pluginChrome';
import { pluginChromeToken } from '../../src/core/extract/heuristics/pluginChrome';
import { INNER_CHROME_TOKEN_RE } from '../../src/core/extract/heuristics/innerChrome';
import * as W from '../../src/core/extract/scoring';
import { extractedTextRemoving } from '../util/extractedText';
import { dumpLines } from '../util/joinLines';

const BODY = [
	'Tomatoes want six to eight hours of direct sun a day; on a shaded balcony they grow tall and thin, and set few fruit before the nights turn cold.',
	'',
	'Water them deeply twice a week rather than a little every day, so the roots reach down into the pot instead of staying near the surface.',
	'',
	'## Pinching and tying {#pinching-and-tying}',
	'',
	'Pinch out the side shoots of cordon varieties as they appear, and tie the main stem to a cane every twenty centimetres as it climbs.',
	'',
	'Feed them every week with a potash-rich liquid once the first truss has set, and keep the compost evenly moist, never soaked.',
];

function textOf(dump: string, steps: string[] = []): string {
	return extractedTextRemoving(dump, 'plugin-chrome', steps);
}

suite('Plugin chrome', () => {
	test('an author box, a table of contents, recipe links and a sign-up form of WordPress plugins go; the post stays', () => {
		const steps: string[] = [];
		const text = textOf(
			dumpLines(
				'::: {.entry-content}',
				'# Growing tomatoes on a balcony',
				'',
				'::: {.wprm-recipe-snippet .wprm-block-text-normal}',
				'[Jump to Recipe](#recipe){.wprm-recipe-jump .wprm-recipe-link} [Print Recipe](https://example.com/print/1){.wprm-recipe-print .wprm-recipe-link}',
				':::',
				'',
				'::: {#ez-toc-container .ez-toc-v2_0_68 .counter-hierarchy .ez-toc-grey}',
				'::: ez-toc-title-container',
				'Table of Contents',
				':::',
				'',
				'-   [Pinching and tying](#pinching-and-tying){.ez-toc-link .ez-toc-heading-1}',
				':::',
				'',
				...BODY,
				'',
				'::: {.mc4wp-form-fields}',
				'Get our weekly gardening letter in your inbox, free.',
				'',
				'Subscribe',
				':::',
				'',
				'::: {.saboxplugin-wrap itemtype="http://schema.org/Person" itemscope="" itemprop="author"}',
				'::: saboxplugin-tab',
				'::: saboxplugin-desc',
				'::: {itemprop="description"}',
				'Hi there! I am Jane, and I have grown vegetables on a city balcony for twelve years, in pots, bags and boxes of every size.',
				':::',
				':::',
				':::',
				':::',
				':::',
			),
			steps,
		);
		for (const word of ['wprm-recipe-snippet', 'ez-toc-container', 'mc4wp-form-fields', 'saboxplugin-wrap']) assert.ok(steps.includes(word), `${word}: ${steps.join(', ')}`);
		assert.ok(text.includes('six to eight hours') && text.includes('potash-rich'), text);
		assert.ok(text.includes('Pinching and tying'), text);
		for (const chrome of ['Jump to Recipe', 'Print Recipe', 'Table of Contents', 'weekly gardening letter', 'Hi there! I am Jane']) assert.ok(!text.includes(chrome), `${chrome}\n${text}`);
	});

	test('a container named by a plugin word that holds the article body is kept', () => {
		const long = Array.from({ length: 12 }, (_, i) => `${BODY[0]} Paragraph ${i + 1} goes on about the balcony, the pots and the compost.`).join('\n\n');
		const text = textOf(dumpLines('::: {.saboxplugin-wrap}', '::: {.entry-content}', '# Growing tomatoes on a balcony', '', long, ':::', ':::'));
		assert.ok(text.includes('Paragraph 12 goes on'), text);
	});

	test('only whole plugin words match, and none is a word the general rules already read', () => {
		assert.strictEqual(pluginChromeToken({ id: 'ez-toc-container', classes: [], pairs: [] }), 'ez-toc-container');
		assert.strictEqual(pluginChromeToken({ classes: ['post', 'saboxplugin-wrap'], pairs: [] }), 'saboxplugin-wrap');
		for (const cls of ['toc', 'container', 'wprm-recipe', 'wprm-recipe-container', 'mc4wp', 'entry-content', 'saboxplugin-wrapper']) {
			assert.strictEqual(pluginChromeToken({ classes: [cls], pairs: [] }), undefined, cls);
		}
		for (const word of PLUGIN_CHROME.flatMap((p) => p.words)) {
			assert.strictEqual(word, word.toLowerCase(), word);
			assert.ok(!W.UNLIKELY_RE.test(word) && !W.STRONG_UNLIKELY_RE.test(word) && !W.SHARE_RE.test(word) && !W.AD_TOKEN_RE.test(word), word);
			assert.ok(!word.split(/[-_\s:]+/).some((t) => INNER_CHROME_TOKEN_RE.test(t)), word);
		}
	});
});
