// Page Dump Review as a library: `node example.mjs [dump.txt]` prints a dump's metadata, outline, findings and article.
import { readFileSync } from 'node:fs';
import { analyzeDump, extract, RULES } from 'page-dump-review';

// A small dump written for this example; pass a file to use your own.
const SAMPLE = `::: {#site-header .header}
[Home](/){.nav-link} [News](/news){.nav-link}
:::

::: {.article-body}
# Library example

By Jane Doe, 3 March 2025

The core parses a page dump once and computes every part on first use: the document model, the article and its
metadata, the outline and the findings of the diagnostic rules.

It needs no editor: the same code runs in the extension, in the pagedump command and in your own programs.
:::
`;

const text = process.argv[2] ? readFileSync(process.argv[2], 'utf8') : SAMPLE;

// 1. One analysis; its parts are computed when first read and then kept.
const analysis = analyzeDump(text);
const { metadata } = analysis.article;
console.log(`title: ${metadata.title?.value ?? '(none)'}`);
console.log(`words: ${metadata.wordCount?.value ?? 0}`);
console.log(`outline: ${analysis.outline.map((node) => node.name).join(' | ')}`);

// 2. Findings of the diagnostic rules, with the rule's code.
const findings = analysis.findings({ requiredMetadata: ['title', 'author'] });
console.log(`findings: ${findings.length} (${[...new Set(findings.map((f) => f.code))].join(', ') || 'none'}) of ${RULES.length} rules`);

// 3. The article in one call, in any output format.
const { output, found } = extract(text, { format: 'md', url: 'https://example.com/library' });
console.log(found ? output.split('\n').slice(0, 12).join('\n') : '(no article found)');
