// Runs the pagedump CLI in process with its standard output and error captured, for the CLI's unit tests.
import { main, type CliIo } from '../../src/cli/pagedump';

/** Runs the CLI with `argv`; resolves to its exit code and what it wrote. */
export async function runCli(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
	let out = '';
	let err = '';
	const io: CliIo = { out: (t) => (out += t), err: (t) => (err += t) };
	const code = await main(argv, io);
	return { code, out, err };
}
