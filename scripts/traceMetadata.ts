// `node out/scripts/traceMetadata.js FILE [field]`: prints every metadata candidate with its rule and score, best first.
import * as fs from 'node:fs';
import { parseDump } from '../src/core/dump/parseDump';
import { extractMetadata } from '../src/core/extract/metadata';

function main(): void {
	const [file, only] = process.argv.slice(2);
	const doc = parseDump(fs.readFileSync(file, 'utf8'));
	let region;
	try {
		// eslint-disable-next-line @typescript-eslint/no-require-imports
		region = require('../src/core/extract/extractArticle').extractArticle(doc).region;
	} catch {
		region = undefined;
	}
	const md = extractMetadata(doc, {
		region,
		trace: (field, cs) => {
			if (only && field !== only) return;
			console.log(`== ${field}`);
			for (const c of [...cs].sort((a, b) => b.score - a.score).slice(0, 8)) console.log(`  ${String(c.score).padStart(4)} ${c.rule.padEnd(34)} ${JSON.stringify(c.value).slice(0, 110)}`);
		},
	});
	console.log(JSON.stringify(Object.fromEntries(Object.entries(md).map(([k, v]) => [k, v.value])), null, 1));
}

main();
