// The kicker over a landing page's title: a short plain line right above the h1 stays when a whole-page read starts at the h1.
import * as assert from 'node:assert';
import type { RemovedRegion } from '../../src/core/extract/article';
import { parseDump } from '../../src/core/dump/parseDump';
import { blockText, collapse } from '../../src/core/extract/inlineText';
import { firstTitle, fromPageTitle } from '../../src/core/extract/kinds/pageStart';
import { titleKicker } from '../../src/core/extract/kinds/titleKicker';
import type { Block } from '../../src/core/model/dumpDocument';

/** A landing page's head: a menu, then `above` right over the h1, then the hero's pitch and a long section. */
function landing(above: string): string {
	return [
		'::: site-top',
		'-   [Products](/products)',
		'-   [Pricing](/pricing)',
		'-   [Sign in](/login)',
		':::',
		'',
		'::: hero',
		'::: hero-text',
		above,
		':::',
		'',
		'# The complete help desk for growing teams',
		'',
		'Answer every customer question from one inbox, with the history of each conversation at hand.',
		':::',
		'',
		'## Everything in one place',
		'',
		'Email, chat and phone land in the same queue, so nobody answers twice and nobody waits. Agents see past orders and notes beside each message and reply in seconds, and managers see the whole queue at a glance.',
		'',
	].join('\n');
}

/** The texts of every block without children, in reading order. */
function leafTexts(blocks: readonly Block[], out: string[] = []): string[] {
	for (const b of blocks) {
		if (b.kind === 'div' || b.kind === 'htmlDiv' || b.kind === 'blockquote') leafTexts(b.children, out);
		else out.push(collapse(blockText(b)));
	}
	return out;
}

function keptFromTitle(dump: string): { texts: string[]; removed: RemovedRegion[] } {
	const removed: RemovedRegion[] = [];
	const kept = fromPageTitle(parseDump(dump).blocks, removed);
	return { texts: leafTexts(kept), removed };
}

function kicker(dump: string): string | undefined {
	const blocks = parseDump(dump).blocks;
	const title = firstTitle(blocks);
	assert.ok(title, 'no h1');
	const k = titleKicker(blocks, title);
	return k && collapse(blockText(k));
}

suite('Title kicker (the line over a landing page\'s h1)', () => {
	test('a short plain line right above the h1 stays with the title; the menu above it goes', () => {
		const { texts, removed } = keptFromTitle(landing('Acme Desk for customer service'));
		assert.ok(texts.includes('Acme Desk for customer service'), texts.join(' | '));
		assert.ok(!texts.some((t) => t.includes('Pricing')), 'kept the menu');
		assert.ok(removed.some((r) => r.step === 'above-title'), 'nothing recorded as dropped');
	});

	test('a link, an image or one word right above the h1 is chrome, not a kicker', () => {
		assert.strictEqual(kicker(landing('[Back to all products](/products)')), undefined);
		assert.strictEqual(kicker(landing('![Acme logo](/logo.svg)')), undefined);
		assert.strictEqual(kicker(landing('Listen')), undefined);
		const { texts } = keptFromTitle(landing('[Back to all products](/products)'));
		assert.ok(!texts.some((t) => t.includes('Back to all products')), texts.join(' | '));
	});

	test('a long paragraph right above the h1 is no kicker (a banner\'s or a notice\'s text)', () => {
		const notice = 'We use cookies and similar tools to run this site, to understand how it is used and to show you offers that suit you; you can change your choices at any time in the settings.';
		assert.strictEqual(kicker(landing(notice)), undefined);
		assert.strictEqual(kicker(landing('Acme Desk for customer service')), 'Acme Desk for customer service');
	});

	test('a list right above the h1 (a breadcrumb trail) is no kicker', () => {
		assert.strictEqual(kicker(landing('1.  Home\n2.  Services')), undefined);
	});
});
