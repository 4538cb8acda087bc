// A collection read from its grid's container gets back the category's prose below the grid (kinds/proseBelowGrid.ts) and in collapsed panels.
import * as assert from 'node:assert';
import { withProseBelowGrid } from '../../src/core/extract/kinds/proseBelowGrid';
import { resultsContext, textLines } from '../util/gridContext';
import { extractDumpText } from '../util/kindFixtures';

const card = (i: number): string => `::: product-card\n### [Northwind Alder Pack ${20 + i}](/p/alder-${i})\n\n$${120 + i}.00\n:::\n`;
const GRID = Array.from({ length: 8 }, (_, i) => card(i)).join('\n');
const TIP = 'Pick a pack by the length of your trips: a day needs twenty litres, a weekend forty, and a week sixty or more, with room for the food and water of each day.';
const FIT = 'Measure your torso from the base of the neck to the top of the hips, then try the pack on loaded with ten kilos and walk the stairs of the shop twice.';

/** A category page: its h1, the results box with the grid, then what follows the grid (`below`). */
function page(below: string): string {
	return `# Trail Packs\n\n::: results\n${GRID}\n:::\n\n${below}\n`;
}

suite('Prose below the grid', () => {
	test('the buying guide below the grid comes back; a rail of priced picks, a menu and the copyright line do not', () => {
		const rail = `## Recently viewed\n\n[Northwind Cedar Pack](/p/cedar) $89.00`;
		const menu = ['Help', 'Returns', 'Stores', 'Careers'].map((f) => `-   [${f}](/${f.toLowerCase()})`).join('\n');
		const { ctx, attempt } = resultsContext(page(`## How to choose a pack\n\n${TIP}\n\n## Fit\n\n${FIT}\n\n${rail}\n\n${menu}\n\n© 2026 Northwind Outfitters\n\n## After the footer\n\n${TIP}`));
		const read = withProseBelowGrid(ctx, attempt);
		const text = textLines(read.blocks);
		assert.ok(text.includes('Northwind Alder Pack 20'), text.join('|'));
		const guide = text.slice(text.indexOf('How to choose a pack'));
		assert.deepStrictEqual(guide, ['How to choose a pack', TIP, 'Fit', FIT]);
		assert.strictEqual(read.chars, attempt.chars + 'How to choose a pack'.length + TIP.length + 'Fit'.length + FIT.length);
	});

	test("the footer's notices past a menu of links are not the category's, with or without a guide before them", () => {
		const footerMenu = ['Shipping and delivery', 'Returns and exchanges', 'Store locator', 'Gift cards', 'Careers at the shop', 'Press room', 'Accessibility statement'].map((f, i) => `-   [${f}](/f/${i})`).join('\n');
		const notice = 'Statements about our packs have not been reviewed by any trail authority; the loads named on this site are guides for an adult hiker of average build and not a promise of any kind.';
		const offer = 'Join the outfitters club for early access to new packs, member prices on repairs, and a birthday voucher every year; it costs nothing and you can leave whenever you like.';
		const tail = `${footerMenu}\n\n${notice}\n\n${offer}`;
		// After a guide: the guide comes back, the notices do not.
		const guided = resultsContext(page(`## How to choose a pack\n\n${TIP}\n\n## Fit\n\n${FIT}\n\n${tail}`));
		const text = textLines(withProseBelowGrid(guided.ctx, guided.attempt).blocks);
		assert.ok(text.includes(TIP) && text.includes(FIT), text.join('|'));
		assert.ok(!text.includes(notice) && !text.includes(offer), text.join('|'));
		// Without a guide, the notices alone are not read back.
		const bare = resultsContext(page(tail));
		assert.strictEqual(withProseBelowGrid(bare.ctx, bare.attempt), bare.attempt);
	});

	test("a call to action's band and a consent dialog after the guide end the category's words", () => {
		const contact = 'Our fitters answer every question about packs within a day, by mail or on the phone, and they will gladly book you a fitting at the shop nearest to you.';
		const guide = `## How to choose a pack\n\n${TIP}\n\n## Fit\n\n${FIT}`;
		// A band under a heading that asks the reader to act, with its own sentence of prose.
		const band = resultsContext(page(`${guide}\n\n## Get in touch\n\n${contact}`));
		const banded = textLines(withProseBelowGrid(band.ctx, band.attempt).blocks);
		assert.ok(banded.includes(TIP) && banded.includes(FIT), banded.join('|'));
		assert.ok(!banded.includes('Get in touch') && !banded.includes(contact), banded.join('|'));
		// A consent dialog with no class word that names it: its sentence about cookies and its buttons.
		const cookies = 'We use cookies to remember your basket and to measure which of our pages are read, and you can change your choice at any time.';
		const dialog = resultsContext(page(`${guide}\n\n::: box\n${cookies}\n\nAccept all\n\nReject all\n:::\n\n## Trail notes\n\n${contact}`));
		const consented = textLines(withProseBelowGrid(dialog.ctx, dialog.attempt).blocks);
		assert.ok(consented.includes(TIP) && consented.includes(FIT), consented.join('|'));
		assert.ok(!consented.includes(cookies) && !consented.includes(contact), consented.join('|'));
	});

	test('a line or two below the grid, or a container without the grid, is left as it is', () => {
		// Less than a guide: a sign-up line.
		const short = resultsContext(page('## Stay in touch\n\nNews of new packs and trail reports, once a month, no more than that.'));
		assert.strictEqual(withProseBelowGrid(short.ctx, short.attempt), short.attempt);
		// The container read is the category's text, the grid lies elsewhere: nothing is added.
		const dump = `# Trail Packs\n\n::: results\n${TIP}\n\n${FIT}\n:::\n\n${GRID}\n\n## How to choose a pack\n\n${TIP} ${FIT}\n`;
		const text = resultsContext(dump);
		assert.strictEqual(withProseBelowGrid(text.ctx, text.attempt), text.attempt);
	});
});

suite('Collapsed panels of a collection', () => {
	test("the answers folded into a category's accordion are read with the grid; a hidden drawer of the shop's chrome is not", () => {
		const faq = `::: faq\n### What size pack do I need?\n\n::: {.accordion-content style="display: none;"}\n${TIP}\n:::\n:::\n`;
		const drawer = `::: {.modal .size-guide}\n::: {.accordion-content style="display: none;"}\n${FIT}\n:::\n:::\n`;
		const { text, kind } = extractDumpText(page(`${faq}\n${drawer}`));
		assert.strictEqual(kind, 'collection');
		assert.ok(text.includes('Northwind Alder Pack 27'), text);
		assert.ok(text.includes(TIP), text);
		assert.ok(!text.includes(FIT), text);
	});
});
