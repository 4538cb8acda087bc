// Link block runs: a row of sibling containers, each an empty link over a short label, is a menu, not content.
import * as assert from 'node:assert';
import { parseDump } from '../../src/core/dump/parseDump';
import type { RemovedRegion } from '../../src/core/extract/article';
import { dropLinkBlockRuns } from '../../src/core/extract/heuristics/linkBlockRuns';
import { collapse, collapsedText } from '../../src/core/extract/inlineText';

/** One footer entry as a link that wraps a block: an empty link, then its label in a paragraph of its own. */
function entry(label: string, href = `/${label.toLowerCase()}`): string {
	return ['::: {.fo .fp}', `[](${href}){.cg rel="noopener follow"}`, '', label, ':::', ''].join('\n');
}

const INTRO = 'Our engineers write about the systems behind the service, the trade-offs they made and what they learned.';

function kept(dump: string): { text: string; removed: RemovedRegion[] } {
	const page = parseDump(dump).blocks;
	const removed: RemovedRegion[] = [];
	const blocks = dropLinkBlockRuns(page, page, removed);
	return { text: blocks.map((b) => collapse(collapsedText(b))).join(' | '), removed };
}

suite('Link block runs (a footer row of links that wrap blocks)', () => {
	test('a row of five link blocks goes; the prose before it stays', () => {
		const footer = ['::: footer-row', ...['Help', 'Status', 'About', 'Careers', 'Privacy'].map((l) => entry(l)), ':::', ''].join('\n');
		const { text, removed } = kept(`${INTRO}\n\n${footer}`);
		assert.ok(text.includes('Our engineers write'), text);
		for (const l of ['Help', 'Status', 'Careers', 'Privacy']) assert.ok(!text.includes(l), `kept ${l}: ${text}`);
		assert.strictEqual(removed.filter((r) => r.step === 'link-block-run').length, 5);
	});

	test('a pair of link blocks stays (two buttons, a card\'s "Read more")', () => {
		const { text } = kept(`${INTRO}\n\n${entry('Read more')}\n${entry('Share')}`);
		assert.ok(text.includes('Read more') && text.includes('Share'), text);
	});

	test('an empty link over a long line is a card\'s text, and breaks the run', () => {
		const long = 'How we rebuilt the storage layer of our playback service without downtime';
		const row = [entry('Help'), entry('Status'), entry(long), entry('About'), entry('Careers')].join('\n');
		const { text } = kept(row);
		assert.ok(text.includes(long) && text.includes('Help') && text.includes('Careers'), text);
	});

	test('a row of containers whose label carries its own link is left to the other menu rules', () => {
		const row = ['Help', 'Status', 'About', 'Careers'].map((l) => ['::: item', '[](/x)', '', `[${l}](/${l})`, ':::', ''].join('\n')).join('\n');
		const { text } = kept(row);
		assert.ok(text.includes('Help') && text.includes('Careers'), text);
	});
});
