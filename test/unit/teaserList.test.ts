// A page whose main content is a run of teasers (a title linking to its page over an excerpt or a date) is a listing, whatever its classes (kinds/teaserList.ts).
import * as assert from 'node:assert';
import { parseDump } from '../../src/core/dump/parseDump';
import { BlockIndex } from '../../src/core/extract/blockIndex';
import { longestTeaserRun, teaserList } from '../../src/core/extract/kinds/teaserList';
import { detectedKind as kindOf } from '../util/kindFixtures';

const TOPICS = ['river locks', 'canal barges', 'tow paths', 'mill races', 'salt roads', 'ferry crossings', 'harbour lights', 'lock keepers'];

/** A story's summary: two sentences of a news site's teaser, long enough to read as prose. */
const summary = (t: string): string =>
	`Readers wrote in about ${t} all winter, and the council finally answered their questions at Tuesday's meeting. Here is what changes this spring, and what stays as it was for another year of work on the water.`;

/**
 * A search result page of a local news site: a search box, then each result an overlay link with no text (the card's
 * whole box links), an h3 title that is plain text, a summary of long sentences and a "3d" age line, under a plain
 * box with no class words.
 */
function resultsPage(items: number): string {
	const results = TOPICS.slice(0, items)
		.map((t, i) => `::: box\n[](/news/${i}-story)\n\n### What the council said about ${t} this week\n\n${summary(t)}\n\n${i + 2}d\n:::\n`)
		.join('\n');
	return `[Home](/) [Local](/local) [Sign in](/login)\n\n## Results for "waterways"\n\n${results}\n\n[About](/about) [Contact](/contact)\n`;
}

/** An article of the same length whose sections are headed plain text over prose, with no item link. */
function sectionArticle(): string {
	const sections = TOPICS.map((t) => `### What the council said about ${t}\n\n${summary(t)}\n\n${summary(t)}\n`).join('\n');
	return `# A winter of letters about the waterways\n\n${sections}\n`;
}

suite('A run of teasers is a listing (teaserList.ts)', () => {
	test('a search result page of overlay-linked cards, read as an article by its long summaries, is a listing', () => {
		assert.match(kindOf(resultsPage(8)), /^listing \(teaser list 8\)/);
	});

	test('the run counts each card: title, summary, age line', () => {
		const run = longestTeaserRun(new BlockIndex(parseDump(resultsPage(8))).doc.blocks);
		assert.strictEqual(run.teasers, 8);
	});

	test('four teasers are a rail beside an article, not a list', () => {
		assert.strictEqual(teaserList(new BlockIndex(parseDump(resultsPage(4)))), undefined);
	});

	test('headed sections of prose with no link to another page are an article\'s, not teasers', () => {
		assert.strictEqual(teaserList(new BlockIndex(parseDump(sectionArticle()))), undefined);
		assert.match(kindOf(sectionArticle()), /^article/);
	});

	test('a line that repeats the card\'s title is a control\'s label, not an excerpt', () => {
		const labels = resultsPage(8).replace(/### (What the council said about [a-z ]+ this week)\n\nReaders wrote[^\n]+/g, '### $1\n\nSave this story: $1 Share this story: $1');
		assert.strictEqual(longestTeaserRun(new BlockIndex(parseDump(labels)).doc.blocks).teasers, 0);
	});

	test('cards that each show a price are a shop\'s, not teasers', () => {
		const priced = resultsPage(8).replace(/\n(\d)d\n/g, '\n$$$1.99\n');
		assert.strictEqual(teaserList(new BlockIndex(parseDump(priced))), undefined);
	});
});
