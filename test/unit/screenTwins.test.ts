// Screen twins: a card printed once for mobile and once for desktop is read once.
import * as assert from 'node:assert';
import { parseDump } from '../../src/core/dump/parseDump';
import type { RemovedRegion } from '../../src/core/extract/article';
import { dropScreenTwins } from '../../src/core/extract/heuristics/screenTwins';
import { collapse, collapsedText } from '../../src/core/extract/inlineText';

function event(title: string, when: string, organiser: string): string {
	return [
		'-   ::: search-card',
		'    ::: event-mobile-card',
		`    ### ${title}`,
		'',
		`    ${when}`,
		'',
		`    ${organiser}`,
		'    :::',
		'',
		'    ::: event-desktop-card',
		`    ### ${title}`,
		'',
		`    ${when}`,
		'    :::',
		'    :::',
		'',
	].join('\n');
}

function kept(dump: string): { text: string; removed: RemovedRegion[] } {
	const removed: RemovedRegion[] = [];
	const blocks = dropScreenTwins(parseDump(dump).blocks, removed);
	return { text: blocks.map((b) => collapse(collapsedText(b))).join(' | '), removed };
}

function count(text: string, s: string): number {
	return text.split(s).length - 1;
}

suite('Screen twins (a container printed again for another screen)', () => {
	test('each card\'s desktop copy goes; the first copy, with its organiser, stays', () => {
		const dump = [event('Reverse engineering for modernization', 'Wednesday at 4:00 PM', 'Tech Hub'), event('How to get clients from networking', 'Tomorrow at 12:00 PM', 'Rebellious Business')].join('\n');
		const { text, removed } = kept(dump);
		assert.strictEqual(count(text, 'Reverse engineering for modernization'), 1, text);
		assert.strictEqual(count(text, 'How to get clients from networking'), 1, text);
		assert.ok(text.includes('Tech Hub') && text.includes('Rebellious Business'), text);
		assert.strictEqual(removed.filter((r) => r.step === 'screen-twin').length, 2);
	});

	test('sibling containers that say different things stay, whatever their classes', () => {
		const dump = ['::: intro-mobile', 'Plan your trip with our guides to every region.', ':::', '', '::: intro-desktop', 'Book rooms, tours and tables in one place, with free cancellation.', ':::', ''].join('\n');
		const { text } = kept(dump);
		assert.ok(text.includes('Plan your trip') && text.includes('free cancellation'), text);
	});

	test('repeated containers without a screen class stay (two cards of one class are not twins)', () => {
		const dump = ['::: card', 'Same words in both cards here', ':::', '', '::: card', 'Same words in both cards here', ':::', ''].join('\n');
		assert.strictEqual(count(kept(dump).text, 'Same words'), 2);
	});
});
