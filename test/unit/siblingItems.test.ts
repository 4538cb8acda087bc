// Sibling items (kinds/siblingItems.ts): a listing read from one section of a feed gets back the sibling sections of items of the same shape.
import * as assert from 'node:assert';
import { titleShapes, withSiblingItems } from '../../src/core/extract/kinds/siblingItems';
import { attemptText, readWithRegion } from '../util/keptRegion';

const item = (level: number, title: string, teaser: string): string[] => [
	'::: promo',
	`${'#'.repeat(level)} [${title}](/story/${title.toLowerCase().replace(/[^a-z]+/g, '-')})`,
	'',
	teaser,
	':::',
	'',
];

/** A news section front: lead stories, a "Most read" rail beside them, the kept "What you missed" block below, a prose box, a link menu. */
function page(missedLevel = 3): string {
	return [
		'::: page',
		'::: columns',
		'::: lead',
		...item(3, 'Spacecraft impact changed an orbit', 'A new study found the asteroid was nudged into a different route.'),
		...item(3, 'No chance the rock hits the moon', 'Astronomers ruled out an impact after new observations.'),
		...item(3, 'Agency revamps its landing program', 'The plan is modelled on an older and faster program.'),
		':::',
		'',
		'::: rail',
		'## Most read',
		'',
		...item(3, 'A total eclipse turns the moon red', ''),
		...item(3, 'Ancient coupling happened more often', ''),
		...item(3, 'Photos of a red moon over the city', ''),
		':::',
		':::',
		'',
		'::: missed',
		'## What you missed',
		'',
		...item(missedLevel, 'Bears with video collars show the wilderness', 'Unique views of the north are provided by unlikely photographers: grizzly bears.'),
		...item(missedLevel, 'Scientists decode the rarest whale', 'It is the rarest whale, with only seven of its kind ever spotted, and little is known.'),
		...item(missedLevel, 'A comet returns after many years', 'Observers in the south will see it best in the hour before dawn next week.'),
		...item(missedLevel, 'Fungi help researchers learn more', 'To aficionados, fungi are freaky and overlooked, and they help science.'),
		':::',
		'',
		'::: about',
		'## About this section',
		'',
		'Our science desk covers space, biology and the environment. It was founded many years ago and has reporters in many countries, who write long reports.',
		'',
		'### [Contact the desk](/contact)',
		':::',
		'',
		'::: more',
		'-   [Home](/home)',
		'-   [World](/world)',
		'-   [Sports](/sports)',
		':::',
		':::',
		'',
	].join('\n');
}

const read = (text: string): ReturnType<typeof readWithRegion> => readWithRegion(text, 'missed');
const textOf = attemptText;

suite('Sibling items', () => {
	test('linked titles are counted by how they are written', () => {
		const { kept } = read(page());
		assert.deepStrictEqual([...titleShapes(kept.blocks)], [[3, 4]]);
	});

	test('the lead stories and the rail of the same items come back, in page order', () => {
		const { index, kept, whole } = read(page());
		const out = withSiblingItems(index, kept, whole);
		const text = textOf(out);
		assert.ok(text.includes('Spacecraft impact changed an orbit'), text);
		assert.ok(text.includes('A new study found the asteroid'), text);
		assert.ok(text.includes('A total eclipse turns the moon red'), text);
		assert.ok(text.indexOf('Spacecraft impact') < text.indexOf('Bears with video collars'), text);
		assert.ok(out.chars > kept.chars);
	});

	test('a prose box with one linked heading and a menu stay out', () => {
		const { index, kept, whole } = read(page());
		const text = textOf(withSiblingItems(index, kept, whole));
		assert.ok(!text.includes('Our science desk'), text);
		assert.ok(!text.includes('Sports'), text);
	});

	test('siblings whose titles are written another way stay out', () => {
		const { index, kept, whole } = read(page(4));
		assert.strictEqual(withSiblingItems(index, kept, whole), kept);
	});

	test('a kept container that is no item list is left as it is', () => {
		const text = page().replace(/^(#{3,4}) \[([^\]]+)\]\([^)]+\)$/gm, (_m, h: string, t: string) => (t.startsWith('Bears') || t.startsWith('Scientists') ? `${h} ${t}` : _m));
		const { index, kept, whole } = read(text);
		assert.strictEqual(withSiblingItems(index, kept, whole), kept);
	});
});
