// Metadata (issue 12): a copyright holder with a company's legal form ("© 2026 Dana Field Corp") is no site owner to credit as the author (companyHolders.ts).
import * as assert from 'node:assert';
import { parseDump } from '../../src/core/dump/parseDump';
import type { ArticleMetadata } from '../../src/core/extract/article';
import { extractMetadata } from '../../src/core/extract/metadata';

function md(lines: readonly string[]): ArticleMetadata {
	return extractMetadata(parseDump(`${lines.join('\n')}\n`), { pageKind: 'article' });
}

const FILLER = 'Payroll rules change every spring, and small teams feel it first when the forms arrive late.';
const BODY = Array.from({ length: 6 }, () => [FILLER, '']).flat();
const POST = (footer: string): string[] => ['[Home](/) [Blog](/blog)', '', '# What changes in payroll this spring', '', '*March 3, 2025*', '', ...BODY, footer];

suite('Metadata: a company named after a person in the copyright line', () => {
	test('a holder with a legal form names no author', () => {
		for (const form of ['Corp', 'Inc.', 'LLC', ', Ltd']) {
			const m = md(POST(`© 2026 Dana Field ${form}, All rights reserved.`.replace(' ,', ',')));
			assert.strictEqual(m.author, undefined, form);
		}
	});

	test('a person holding the copyright is still the owner', () => {
		assert.strictEqual(md(POST('© 2026 Dana Field. All rights reserved.')).author?.value, 'Dana Field');
	});
});
