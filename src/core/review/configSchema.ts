// The JSON schema of `.pagedump.json` / `pagedump.config.json`, as data: the CLI and the extension validate with it,
// and `schemas/pagedump.config.schema.json` (contributed to VS Code for completion) is generated from it.
import { METADATA_KEYS } from '../diagnose/rule';

/** The subset of JSON Schema the config uses, and the validator in configValidate.ts understands. */
export interface Schema {
	readonly $schema?: string;
	readonly $id?: string;
	readonly title?: string;
	readonly type?: 'object' | 'array' | 'string' | 'number' | 'integer' | 'boolean' | readonly ('string' | 'boolean')[];
	readonly description?: string;
	readonly markdownDescription?: string;
	readonly enum?: readonly (string | boolean)[];
	readonly properties?: Readonly<Record<string, Schema>>;
	readonly patternProperties?: Readonly<Record<string, Schema>>;
	readonly additionalProperties?: boolean | Schema;
	readonly items?: Schema;
	readonly minimum?: number;
	readonly uniqueItems?: boolean;
	readonly pattern?: string;
	readonly default?: unknown;
	readonly examples?: readonly unknown[];
}

const RULE_SETTING: Schema = {
	type: ['string', 'boolean'],
	enum: ['off', 'on', 'default', 'error', 'warning', 'info', 'hint', true, false],
};

/** A selector of a site rule: an optional tag (div, span, h1–h6), then `#id` and/or `.class` parts. */
export const SELECTOR_PATTERN = '^(?:div|span|h[1-6])?(?:#[^\\s#.]+)?(?:\\.[^\\s#.]+)*$';

const SELECTORS: Schema = {
	type: 'array',
	uniqueItems: true,
	items: { type: 'string', pattern: SELECTOR_PATTERN },
	default: [],
};

export const CONFIG_SCHEMA: Schema = {
	$schema: 'http://json-schema.org/draft-07/schema#',
	$id: 'https://github.com/page-dump-review/page-dump-review/blob/main/schemas/pagedump.config.schema.json',
	title: 'Page Dump Review configuration',
	description: 'One configuration for the pagedump CLI and the Page Dump Review extension, found by walking up from each dump (.pagedump.json or pagedump.config.json).',
	type: 'object',
	additionalProperties: false,
	properties: {
		$schema: { type: 'string', description: 'The schema of this file.' },
		rules: {
			type: 'object',
			description: 'Diagnostic rules turned off or given another severity, by code or name: {"PD109": "off", "unsafe-link-target": "error"}.',
			patternProperties: { '^(?:[Pp][Dd]\\d{3}|[a-z]+(?:-[a-z]+)*)$': RULE_SETTING },
			additionalProperties: false,
		},
		requiredMetadata: {
			type: 'array',
			description: 'Metadata fields a dump must have; each missing one is reported (PD201).',
			items: { type: 'string', enum: METADATA_KEYS },
			uniqueItems: true,
		},
		scope: { type: 'string', enum: ['article', 'page'], description: 'Which part of a dump the link rules check: the extracted article or the whole page.' },
		remoteLinks: {
			type: 'object',
			description: 'Checking the article\'s http(s) links over the network (PD401, PD402).',
			additionalProperties: false,
			properties: {
				enabled: { type: 'boolean', description: 'Request links (pagedump check does so as with --remote).' },
				timeout: { type: 'integer', minimum: 100, description: 'Milliseconds to wait for each answer.' },
				exclude: { type: 'array', items: { type: 'string' }, description: 'URL globs never requested.' },
				cacheMaxAge: { type: 'integer', minimum: 0, description: 'Seconds a result is reused (editor only).' },
			},
		},
		extract: {
			type: 'object',
			additionalProperties: false,
			properties: { format: { type: 'string', enum: ['md', 'html', 'text', 'json'], description: 'Output format of Extract Article and pagedump extract.' } },
		},
		report: {
			type: 'object',
			additionalProperties: false,
			properties: { format: { type: 'string', enum: ['html', 'json', 'csv'], description: 'Output format of pagedump report.' } },
		},
		sites: {
			type: 'object',
			description: 'Site rules, by host ("example.com" also matches www.example.com; "*.example.com" matches its subdomains): fenced divs, spans or headings to drop from the article (exclude) or to keep in it (include), by id or classes.',
			additionalProperties: {
				type: 'object',
				additionalProperties: false,
				properties: {
					exclude: { ...SELECTORS, description: 'Not main content: blocks matching these selectors are removed from the article.' },
					include: { ...SELECTORS, description: 'Main content: blocks matching these selectors are kept in the article.' },
				},
			},
			examples: [{ 'blog.example.com': { exclude: ['.related-posts', '#newsletter-signup'], include: ['div.article-appendix'] } }],
		},
	},
};
