// A small, strict argument reader for the pagedump CLI: known flags only, values checked, positional inputs kept in order.

export class UsageError extends Error {}

export interface FlagSpec {
	/** Takes a value (`--format md` or `--format=md`). */
	readonly value?: boolean;
	/** Allowed values, when fixed. */
	readonly choices?: readonly string[];
	readonly alias?: string;
}

export interface ParsedArgs {
	readonly flags: Map<string, string | true>;
	readonly positionals: string[];
}

/** Reads `argv` against `spec`; throws UsageError naming the offending flag. `--` ends flags. */
export function parseArgs(argv: readonly string[], spec: Readonly<Record<string, FlagSpec>>): ParsedArgs {
	const flags = new Map<string, string | true>();
	const positionals: string[] = [];
	const aliases = new Map<string, string>();
	for (const [name, s] of Object.entries(spec)) if (s.alias) aliases.set(s.alias, name);
	for (let i = 0; i < argv.length; i++) {
		const arg = argv[i];
		if (arg === '--') {
			for (let j = i + 1; j < argv.length; j++) positionals.push(argv[j]);
			break;
		}
		if (!arg.startsWith('-') || arg === '-') {
			positionals.push(arg);
			continue;
		}
		let name: string;
		let inline: string | undefined;
		if (arg.startsWith('--')) {
			const eq = arg.indexOf('=');
			name = eq > 0 ? arg.slice(2, eq) : arg.slice(2);
			inline = eq > 0 ? arg.slice(eq + 1) : undefined;
		} else {
			name = aliases.get(arg.slice(1)) ?? '';
			if (!name) throw new UsageError(`unknown option ${arg}`);
		}
		const s = spec[name];
		if (!s) throw new UsageError(`unknown option --${name}`);
		if (!s.value) {
			if (inline !== undefined) throw new UsageError(`--${name} takes no value`);
			flags.set(name, true);
			continue;
		}
		const value = inline ?? argv[++i];
		if (value === undefined) throw new UsageError(`--${name} needs a value`);
		if (s.choices && !s.choices.includes(value)) throw new UsageError(`--${name} must be one of ${s.choices.join(', ')} (got ${JSON.stringify(value)})`);
		flags.set(name, value);
	}
	return { flags, positionals };
}
