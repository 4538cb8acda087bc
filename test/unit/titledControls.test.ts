// Titled controls: a line naming the card's item under two button labels ("Save this event: T Share this event: T") is dropped, whatever the page's class words.
import * as assert from 'node:assert';
import { isTitledControlLine } from '../../src/core/extract/heuristics/titledControls';
import { extractDumpText } from '../util/kindFixtures';

const EVENTS = ['Harbour Pottery Night Market', 'Riverside Glazing Workshop', 'Wheel Throwing for Beginners', 'Kiln Opening Open Day', 'Raku Firing on the Beach', 'Studio Tour: Saltmarsh Potters'];

/** An event finder whose cards print their buttons' spoken labels as text (opaque class words, as on an unseen site). */
function finder(): string {
	const cards = EVENTS.map(
		(t, i) => `::: {.q1x}\n### [${t}](/e/${i})\n\nSat, Apr ${i + 4}, 7:00 PM\n\nThe Old Boathouse, Harbour Road\n\nSave this event: ${t} Share this event: ${t}\n:::\n`,
	);
	return `# Pottery events near you\n\nWorkshops, markets and open days in the studios along the river, this month.\n\n::: {.k9z}\n${cards.join('\n')}:::\n`;
}

suite('Titled controls', () => {
	test('two button labels over one name are a control line; one copy, one-word labels or a sentence are not', () => {
		assert.ok(isTitledControlLine('Save this event: Tech Writing Basics Share this event: Tech Writing Basics'));
		assert.ok(isTitledControlLine('Share this event: Women in Tech Day: A Global Celebration Save this event: Women in Tech Day: A Global Celebration'));
		assert.ok(!isTitledControlLine('Save this event: Tech Writing Basics'));
		assert.ok(!isTitledControlLine('Director: Jane Doe-Smith Writer: Jane Doe-Smith'));
		assert.ok(!isTitledControlLine('Save this event: Tech Writing Basics Share this event: Tech Reading Basics'));
		assert.ok(!isTitledControlLine('We met at the harbour: the boats were in, and the nets were out on the quay.'));
	});

	test("an event finder's cards lose their control lines and keep titles, dates and places", () => {
		const { text } = extractDumpText(finder());
		for (const kept of ['Raku Firing on the Beach', 'Sat, Apr 6, 7:00 PM', 'The Old Boathouse']) assert.ok(text.includes(kept), `lost ${kept}: ${text}`);
		assert.ok(!text.includes('this event'), text);
	});
});
