// Cards named by a short link beside a picture and a text make a group by shape (kinds/namedCards.ts, kinds/cardGroup.ts).
import * as assert from 'node:assert';
import { parseDump } from '../../src/core/dump/parseDump';
import { extractArticle } from '../../src/core/extract/extractArticle';
import { BlockIndex } from '../../src/core/extract/blockIndex';
import { shapeCards } from '../../src/core/extract/kinds/cardGroup';
import { isNamedCardShape } from '../../src/core/extract/kinds/namedCards';
import { dumpLines } from '../util/joinLines';

const NAMES = ['Larkspur Notes', 'Quillfield', 'Ottermint', 'Brambleware', 'Cobaltine', 'Fernhollow', 'Gantry Desk', 'Hazelpoint', 'Inkwell Hub', 'Juniper CRM', 'Kestrel Mail', 'Lumenpad'];

/** A ranking page of fictional tools: each entry a box of its own class with a rank, a logo, the name linked and a score. */
function ranking(withName: boolean): string {
	const entries = NAMES.map((n, i) => {
		const slug = n.toLowerCase().replace(/ /g, '-');
		return dumpLines(`::: {.e${i}a .e${i}b}`, `${i + 1}\\.`, '', `[![${n} logo](/logos/${slug}.png)](/tools/${slug})`, '', withName ? `[${n}](/tools/${slug})` : `${n}`, '', `Score ${(9.5 - i * 0.1).toFixed(1)}`, ':::', '');
	});
	return dumpLines('::: {.m1}', '-   [Home](/)', '-   [Categories](/categories)', '-   [About](/about)', ':::', '', '::: {.m2}', '# Top ranked note-taking tools', '', ':::', '', '::: {.m3}', ...entries, ':::', '', '::: {.m4}', '[Privacy](/privacy) [Terms](/terms)', ':::');
}

suite('Named cards by shape', () => {
	test('a picture, a short linked name and a text make a card shape', () => {
		assert.strictEqual(isNamedCardShape('PIlIP+'), true);
		assert.strictEqual(isNamedCardShape('Il+'), false);
		assert.strictEqual(isNamedCardShape('PIlP'), false);
	});

	test('a ranking of entries named by short links is a group of cards and a listing', () => {
		const doc = parseDump(ranking(true));
		const group = shapeCards(new BlockIndex(doc));
		assert.ok(group, 'no group found');
		assert.strictEqual(group.items.length, NAMES.length);
		const md = extractArticle(doc).metadata.pageType;
		assert.strictEqual(md?.value, 'listing', md?.rule);
	});

	test('entries whose names do not link make no group', () => {
		assert.strictEqual(shapeCards(new BlockIndex(parseDump(ranking(false)))), undefined);
	});
});
