// Writes schemas/pagedump.config.schema.json from the schema in src/core/review/configSchema.ts (`npm run schema`);
// a unit test fails when the committed file differs.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { CONFIG_SCHEMA } from '../src/core/review/configSchema';

export const SCHEMA_FILE = path.join(__dirname, '..', '..', 'schemas', 'pagedump.config.schema.json');

export function schemaText(): string {
	return JSON.stringify(CONFIG_SCHEMA, null, '\t') + '\n';
}

if (require.main === module) {
	fs.writeFileSync(SCHEMA_FILE, schemaText());
	console.log(`wrote ${path.relative(process.cwd(), SCHEMA_FILE)}`);
}
