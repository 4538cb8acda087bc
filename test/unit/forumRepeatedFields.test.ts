// Forum threads on an engine no profile names: a member card's fields, whose label recurs in most posts, are not the posters' words.
import * as assert from 'node:assert';
import { parseDump } from '../../src/core/dump/parseDump';
import type { Block } from '../../src/core/model/dumpDocument';
import type { RemovedRegion } from '../../src/core/extract/article';
import { dropRepeatedPostFields, fieldKey } from '../../src/core/extract/heuristics/repeatedPostFields';
import { extractDumpText } from '../util/kindFixtures';
import { leafTexts } from '../util/leafTexts';

const MESSAGES = [
	'Mein Rasenmäher springt seit dem Winter nicht mehr an, der Tank ist voll und die Zündkerze habe ich schon getauscht.',
	'Hast du den Vergaser schon gereinigt? Nach einem Winter mit altem Benzin verklebt die Düse sehr oft und nichts geht mehr.',
	'Ich würde auch zuerst den Vergaser zerlegen und mit Reiniger durchblasen, danach frisches Benzin mit Stabilisator tanken.',
	'Danke euch, der Vergaser war völlig verharzt. Nach der Reinigung lief er sofort an und schnurrt jetzt wieder wie neu.',
	'Freut mich zu hören. Im Herbst am besten den Tank leer fahren, dann passiert das im nächsten Frühjahr nicht wieder.',
];
const POSTERS = ['gartenfreund', 'schrauber77', 'motorhexe', 'gartenfreund', 'schrauber77'];
const TOWNS = ['Kassel', 'Bremen', 'Graz', 'Kassel', 'Bremen'];
const COUNTS = ['12', '1.234', '87', '12', '1.234'];

/**
 * A thread of a German forum whose engine no profile names: each post a `post-box` with its poster's card (a member
 * link, the town under a label, the post count under another) in a `karte` box the post chrome names do not know, its
 * date and its message.
 */
function thread(card = (i: number) => [`Wohnort: ${TOWNS[i]}`, '', `Beiträge: ${COUNTS[i]}`]): string {
	const out = ['# Rasenmäher springt nicht an', ''];
	MESSAGES.forEach((m, i) => {
		out.push('::: {.post-box}', '::: {.karte}', `[${POSTERS[i]}](/mitglieder/${POSTERS[i]}.${i + 1}/)`, '', ...card(i), ':::', '');
		out.push(`12.05.2024, 1${i}:15`, '', m, '', ':::', '');
	});
	return out.join('\n');
}

function paragraph(text: string): Block {
	const b = parseDump(text).blocks[0];
	assert.ok(b !== undefined);
	return b;
}

suite('Forum member card fields repeated in most posts', () => {
	test('a field is keyed by its label; counts without a label, dates, times, subjects and lone numbers are no fields', () => {
		const key = (t: string): string | undefined => fieldKey(t, paragraph(t));
		assert.strictEqual(key('Wohnort: Kassel'), 'label:wohnort');
		assert.strictEqual(key('**Rig:** 5800X3D, 32 GB'), 'label:rig');
		assert.strictEqual(key('1.234 Beiträge'), undefined, 'a count without a label');
		assert.strictEqual(key('Rep Power: 12'), 'label:rep power');
		assert.strictEqual(key('Posted August 26'), undefined, 'a day of a month');
		assert.strictEqual(key('Posted: Mar 3, 2024'), undefined, 'a date');
		assert.strictEqual(key('Today, 10:15 PM'), undefined, 'a time');
		assert.strictEqual(key('Re: Rasenmäher springt nicht an'), undefined, 'a reply subject');
		assert.strictEqual(key('42'), undefined, 'a lone number');
		assert.strictEqual(key('Danke euch, das hat geholfen und der Mäher läuft jetzt wieder ganz prima.'), undefined, 'a sentence');
	});

	test('fields in most posts go whatever their values; messages, posters and dates stay', () => {
		const doc = parseDump(thread());
		const posts = doc.blocks.filter((b) => b.kind === 'div');
		assert.strictEqual(posts.length, 5);
		const removed: RemovedRegion[] = [];
		const kept = leafTexts(dropRepeatedPostFields(doc.text, posts, posts, removed));
		assert.ok(!kept.some((t) => t.startsWith('Wohnort:') || t.startsWith('Beiträge:')), 'kept a member card field');
		for (const m of MESSAGES) assert.ok(kept.includes(m), `lost a message: ${m.slice(0, 30)}`);
		for (const p of POSTERS) assert.ok(kept.includes(p), `lost a poster: ${p}`);
		assert.strictEqual(kept.filter((t) => t.startsWith('12.05.2024')).length, 5, 'lost a date');
		assert.ok(removed.some((r) => r.signal?.startsWith('repeated field')));
	});

	test('a label in two posts of five, or in a quote, stays', () => {
		const doc = parseDump(thread((i) => (i < 2 ? [`Wohnort: ${TOWNS[i]}`] : [])));
		const posts = doc.blocks.filter((b) => b.kind === 'div');
		const kept = leafTexts(dropRepeatedPostFields(doc.text, posts, posts, []));
		assert.strictEqual(kept.filter((t) => t.startsWith('Wohnort:')).length, 2);
		const quoted = parseDump(thread((i) => [`> Version: 2.${i}`]));
		const qposts = quoted.blocks.filter((b) => b.kind === 'div');
		assert.strictEqual(leafTexts(dropRepeatedPostFields(quoted.text, qposts, qposts, [])).filter((t) => t.startsWith('Version:')).length, 5);
	});

	test('a thread of an engine no profile names is read without its member card fields', () => {
		const { text, kind } = extractDumpText(thread());
		assert.strictEqual(kind, 'forum');
		for (const m of MESSAGES) assert.ok(text.includes(m), `lost a message: ${m.slice(0, 30)}`);
		assert.ok(!text.includes('Wohnort') && !text.includes('Beiträge'), 'kept a member card field');
		assert.ok(text.includes('schrauber77') && text.includes('12.05.2024'), 'lost a poster or a date');
	});
});
