// The bench's stage tables in the CLI's V8 configuration: a child of bench.js that sets `pagedump`'s flags first.
// The import below must stay the first: as in src/cli/pagedump.ts, the flags are set before any code is hot.
import { CLI_V8_FLAGS } from '../src/cli/jitFlags';
import { CHILD_RESULT_PREFIX, throughput, type ChildThroughput } from './throughput';

const args = process.argv.slice(2);
// `--probe`: only the flags, without the tables (the unit test's check that the child is in the CLI's configuration).
const summary = args.includes('--probe') ? [] : throughput(args.includes('--quick'), 'cli');
const result: ChildThroughput = { flags: CLI_V8_FLAGS, summary };
console.log(CHILD_RESULT_PREFIX + JSON.stringify(result));
