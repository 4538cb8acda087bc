// Metadata (issue 12): a low heading titles a page nothing else titles; menus' panels, accordions and close buttons do not.
import * as assert from 'node:assert';
import { parseDump } from '../../src/core/dump/parseDump';
import { extractMetadata } from '../../src/core/extract/metadata';

const BODY = 'A paragraph of body text long enough to be read as the article, with more words after it so it counts.\n';

function title(dump: string): { value?: string; rule?: string } {
	const t = extractMetadata(parseDump(dump), {}).title;
	return { value: t?.value, rule: t?.rule };
}

suite('Metadata: weak titles and panel headings', () => {
	test('a course hub titled only by an h3 above cards of h3 items keeps that h3, marked weak', () => {
		const cards = ['HTML', 'CSS', 'JavaScript'].map((x) => `::: card\n### [Learn ${x}](/learn/${x.toLowerCase()})\n\nA course on ${x}.\n:::\n`).join('\n');
		const t = title(`::: landing-row\n### Learn to build for the web {#learn .hide-from-toc}\n\n${BODY}:::\n\n${cards}`);
		assert.strictEqual(t.value, 'Learn to build for the web');
		assert.match(t.rule ?? '', /\+weak$/);
	});

	test('a list item\'s heading is no weak title', () => {
		const cards = ['One', 'Two', 'Three'].map((x) => `::: card\n### [Story ${x}](/s/${x})\n:::\n`).join('\n');
		assert.strictEqual(title(cards).value, undefined);
	});

	test('headings of a menu\'s numbered dropdown panels are one list: the page\'s h2 wins', () => {
		const panels = ['Accounting', 'Advisory', 'Technology'].map((x, i) => `::: {.panel .panel-item-${i + 50}}\n### [${x}](/services/${x.toLowerCase()}) {.panel__right-title}\n\n-   [Overview](/services/${x.toLowerCase()})\n:::\n`).join('\n');
		assert.strictEqual(title(`${panels}\n::: module\n## HR Consulting Services\n\n${BODY}:::\n`).value, 'HR Consulting Services');
	});

	test('an FAQ accordion\'s questions and a card\'s "Close" button are not the title', () => {
		const faq = ['Why would I hire a consultant?', 'What does it cost?'].map((q) => `::: accordion__item\n::: accordion__title\n##### [${q}](#)\n:::\n\n${BODY}:::\n`).join('\n');
		assert.strictEqual(title(`::: module\n## Payroll Services\n\n${BODY}:::\n\n${faq}`).value, 'Payroll Services');
		const close = Array.from({ length: 3 }, (_, i) => `::: card-reveal\n[*close*]{.card-title}\n\nEpisode ${i} of the show.\n:::\n`).join('\n');
		assert.notStrictEqual(title(`${close}\n${BODY}`).value, 'close');
	});
});

suite('Metadata: a manual chapter\'s section number', () => {
	test('"3.1 Git Branching" on a documentation page is titled without "3.1"; elsewhere the number stays', () => {
		const dump = `# 3.1 Git Branching - Branches in a Nutshell\n\n${BODY}`;
		const docs = extractMetadata(parseDump(dump), { pageKind: 'documentation' }).title;
		assert.strictEqual(docs?.value, 'Git Branching - Branches in a Nutshell');
		assert.match(docs?.rule ?? '', /\+no-section-number$/);
		assert.strictEqual(extractMetadata(parseDump(`# 1.5 Million Jobs Added in March\n\n${BODY}`), { pageKind: 'article' }).title?.value, '1.5 Million Jobs Added in March');
		assert.strictEqual(extractMetadata(parseDump(`# 10 Best Practices for Git\n\n${BODY}`), { pageKind: 'documentation' }).title?.value, '10 Best Practices for Git');
	});
});

suite('Metadata: a heading with ">" in it', () => {
	// A trail written as a heading was titled by its last step until session 20 (`headingTrail.ts`, removed: it changed
	// no title on either half of the wcxb-dev tuning part); a headline's own ">" must stay in any case.
	test('a headline\'s own ">" stays', () => {
		assert.strictEqual(title(`# Rust \\> Go for command-line tools?\n\n${BODY}`).value, 'Rust > Go for command-line tools?');
	});
});
