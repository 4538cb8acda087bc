// Validates a JSON tree against the config schema (configSchema.ts) and reports each problem at its position.
import type { Schema } from './configSchema';
import type { JsonNode, JsonRange } from './jsonTree';
import { pushAll } from '../model/pushAll';

export interface SchemaProblem extends JsonRange {
	readonly message: string;
}

function typeOf(node: JsonNode): string {
	if (node.type === 'number') return Number.isInteger(node.value) ? 'integer' : 'number';
	return node.type;
}

function typeMatches(node: JsonNode, type: NonNullable<Schema['type']>): boolean {
	const actual = typeOf(node);
	const wanted = typeof type === 'string' ? [type] : type;
	return wanted.some((t) => t === actual || (t === 'number' && actual === 'integer'));
}

function describeType(type: NonNullable<Schema['type']>): string {
	return typeof type === 'string' ? type : type.join(' or ');
}

function primitive(node: JsonNode): string | boolean | number | undefined {
	return node.type === 'string' || node.type === 'boolean' || node.type === 'number' ? node.value : undefined;
}

/** Checks `node` against `schema`; `path` names the value in messages (e.g. `sites["x.com"].exclude[0]`). */
export function validateJson(node: JsonNode, schema: Schema, path = ''): SchemaProblem[] {
	const problems: SchemaProblem[] = [];
	const at = (message: string, range: JsonRange = node): void => {
		problems.push({ message: path ? `${path}: ${message}` : message, start: range.start, end: range.end });
	};
	if (schema.type && !typeMatches(node, schema.type)) {
		at(`expected ${describeType(schema.type)}, found ${typeOf(node)}`);
		return problems;
	}
	if (schema.enum) {
		const v = primitive(node);
		if (v === undefined || !schema.enum.includes(v as string | boolean)) at(`must be one of ${schema.enum.map((e) => JSON.stringify(e)).join(', ')}`);
	}
	if (schema.minimum !== undefined && node.type === 'number' && node.value < schema.minimum) at(`must be at least ${schema.minimum}`);
	if (schema.pattern && node.type === 'string' && !new RegExp(schema.pattern, 'u').test(node.value)) at(`${JSON.stringify(node.value)} does not have the expected form`);
	if (node.type === 'array') {
		if (schema.uniqueItems) {
			const seen = new Set<string>();
			for (const item of node.items) {
				const key = JSON.stringify(primitive(item) ?? item.type);
				if (seen.has(key) && primitive(item) !== undefined) problems.push({ message: `${path}: duplicate value ${key}`, start: item.start, end: item.end });
				seen.add(key);
			}
		}
		if (schema.items) node.items.forEach((item, i) => pushAll(problems, validateJson(item, schema.items!, `${path}[${i}]`)));
	}
	if (node.type === 'object') {
		for (const prop of node.properties) {
			const childPath = path ? `${path}.${prop.key}` : prop.key;
			const declared = schema.properties?.[prop.key];
			if (declared) {
				pushAll(problems, validateJson(prop.value, declared, childPath));
				continue;
			}
			const pattern = Object.entries(schema.patternProperties ?? {}).find(([re]) => new RegExp(re, 'u').test(prop.key));
			if (pattern) {
				pushAll(problems, validateJson(prop.value, pattern[1], childPath));
				continue;
			}
			if (typeof schema.additionalProperties === 'object') {
				pushAll(problems, validateJson(prop.value, schema.additionalProperties, `${path}[${JSON.stringify(prop.key)}]`));
				continue;
			}
			if (schema.additionalProperties === false) {
				const known = Object.keys(schema.properties ?? {});
				problems.push({ message: `${path ? path + ': ' : ''}unknown property "${prop.key}"${known.length ? ` (known: ${known.join(', ')})` : ''}`, start: prop.keyRange.start, end: prop.keyRange.end });
			}
		}
	}
	return problems;
}
