// Metadata (issue 12): menus' panels, accordions and close buttons do not title a page (the low-heading fallback `weakTitle.ts` and the section-number cut were removed in session 21).
import * as assert from 'node:assert';
import { parseDump } from '../../src/core/dump/parseDump';
import { extractMetadata } from '../../src/core/extract/metadata';

const BODY = 'A paragraph of body text long enough to be read as the article, with more words after it so it counts.\n';

function title(dump: string): { value?: string; rule?: string } {
	const t = extractMetadata(parseDump(dump), {}).title;
	return { value: t?.value, rule: t?.rule };
}

suite('Metadata: panel headings', () => {
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

suite('Metadata: a heading with ">" in it', () => {
	// A trail written as a heading was titled by its last step until session 20 (`headingTrail.ts`, removed: it changed
	// no title on either half of the wcxb-dev tuning part); a headline's own ">" must stay in any case.
	test('a headline\'s own ">" stays', () => {
		assert.strictEqual(title(`# Rust \\> Go for command-line tools?\n\n${BODY}`).value, 'Rust > Go for command-line tools?');
	});
});
