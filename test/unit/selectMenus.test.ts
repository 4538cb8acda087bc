// Select menus: a script-built drop-down's options (role listbox/option) leave every attempt; the page's sections stay.
import * as assert from 'node:assert/strict';
import { parseDump } from '../../src/core/dump/parseDump';
import { BlockIndex } from '../../src/core/extract/blockIndex';
import { hasSelectRole, pruneSelectMenus } from '../../src/core/extract/heuristics/selectMenus';
import { extractDumpText } from '../util/kindFixtures';

const COUNTRIES = ['Andorra', 'Belize', 'Chile', 'Denmark', 'Estonia', 'Fiji', 'Gabon', 'Honduras', 'Iceland', 'Jamaica', 'Kenya', 'Latvia', 'Malta', 'Nepal', 'Oman', 'Peru', 'Qatar', 'Rwanda', 'Samoa', 'Togo'];

/** A lead form built by a script: a label, then a listbox holding one option container per country (no form class). */
function leadForm(): string {
	const options = COUNTRIES.map((c) => [`::: {.opt .flex role="option" data-value="${c}" tabindex="-1"}`, `[${c}]{.label}`, ':::', ''].join('\n'));
	return ['::: {.field .relative}', 'Country: \\*', '', '::: {#options-country .absolute .shadow-lg role="listbox"}', ...options, ':::', ':::', ''].join('\n');
}

/** A landing page of headed sections about a harbour ferry service, with the lead form at its end. */
function servicePage(): string {
	const sections = ['Crossings every hour', 'Bikes ride free', 'Group bookings'].map((h, i) => [
		`## ${h}`,
		'',
		`The Harbor Line ferry runs its service ${i + 2} times a morning between the north quay and the old market, with room for prams and wheelchairs on the lower deck.`,
		'',
	].join('\n'));
	return ['# Harbor Line ferry service', '', ...sections, '## Talk to our charter desk', '', leadForm()].join('\n');
}

suite('Select menus', () => {
	test('the listbox and each option are pruned; the field wrapper and its label are not', () => {
		const index = new BlockIndex(parseDump(leadForm()));
		const pruned = new Map();
		pruneSelectMenus(index, pruned);
		const roles = [...pruned.keys()].map((c) => c.attrs.pairs.find(([k]: [string]) => k === 'role')?.[1]);
		assert.equal(roles.filter((r) => r === 'option').length, COUNTRIES.length);
		assert.equal(roles.filter((r) => r === 'listbox').length, 1);
		assert.ok([...pruned.keys()].every((c) => !c.attrs.classes.includes('field')));
	});

	test('only the select roles count: tabs, dialogs and plain containers are not menus', () => {
		const attrs = (role: string) => ({ classes: [], pairs: [['role', role]] as [string, string][], range: { start: 0, end: 0 } });
		assert.ok(hasSelectRole(attrs('listbox')));
		assert.ok(hasSelectRole(attrs(' Option ')));
		assert.ok(!hasSelectRole(attrs('tablist')));
		assert.ok(!hasSelectRole(attrs('dialog')));
		assert.ok(!hasSelectRole({ classes: ['listbox'], pairs: [] }));
	});

	test('a service page keeps its sections and loses its form\'s country list', () => {
		const { text } = extractDumpText(servicePage());
		assert.match(text, /Bikes ride free/);
		assert.match(text, /Group bookings/);
		for (const c of COUNTRIES) assert.doesNotMatch(text, new RegExp(`\\b${c}\\b`), c);
	});
});
