// Metadata (issue 12): a list of episodes or stories whose titles are one-link paragraphs has no date of its own.
import * as assert from 'node:assert';
import { parseDump } from '../../src/core/dump/parseDump';
import { extractMetadata } from '../../src/core/extract/metadata';

/** An episode card: its title a bold link alone in its paragraph, a summary, then its length and date. */
function card(title: string, slug: string, date: string): string[] {
	return [
		'-   ::: {.episode}',
		`    [**${title}**](/shows/weekly/ep/${slug}){.episode-link}`,
		'',
		'    ::: summary',
		'    We go through the week\'s news and the games that were announced, and answer the questions you sent in.',
		'    :::',
		'',
		`    [46m - ${date}]{.font-size-sm}`,
		'    :::',
		'',
	];
}

suite('Metadata: cards titled by a link', () => {
	test('a show page listing its episodes reports no date', () => {
		const lines = [
			'# Gaming News Weekly',
			'',
			'A weekly show about the video game industry, with the news you need to know every single week.',
			'',
			...card('The Ten Best Things from The Awards', 'a1', 'Dec 15, 2025'),
			...card('Epic versus Valve and the AI Debate', 'a2', 'Dec 9, 2025'),
			...card('Splitgate Is Back Again This Autumn', 'a3', 'Nov 24, 2025'),
			...card('Our Favourite Indie Games of the Year', 'a4', 'Nov 18, 2025'),
		];
		const m = extractMetadata(parseDump(`${lines.join('\n')}\n`), {});
		assert.strictEqual(m.published, undefined);
	});
});
