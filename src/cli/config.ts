// Config files for the CLI: `--config FILE`, `--no-config`, or the nearest `.pagedump.json` / `pagedump.config.json`
// found walking up from each dump's folder. A malformed file is reported with its position, never a crash.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { configCandidates, formatConfigProblems, type PageDumpConfig, parseConfig } from '../core/index';

/** A config that cannot be used (a syntax error); its problems are already formatted as `file:line:col: ...` lines. */
export class ConfigError extends Error {
	constructor(readonly report: string) {
		super(report);
	}
}

export interface LoadedConfig {
	readonly config: PageDumpConfig;
	/** The file it came from; undefined when none applies. */
	readonly file?: string;
}

const NO_CONFIG: LoadedConfig = { config: {} };

/** Finds and reads config files for dumps, each file read once; warnings (ignored values) go to `warn` once per file. */
export class ConfigResolver {
	readonly #explicit: string | undefined;
	readonly #disabled: boolean;
	readonly #warn: (text: string) => void;
	readonly #files = new Map<string, LoadedConfig>();
	readonly #dirs = new Map<string, LoadedConfig>();

	/** `explicit`: `--config FILE`; `disabled`: `--no-config`. */
	constructor(options: { explicit?: string; disabled?: boolean; warn: (text: string) => void }) {
		if (options.explicit && options.disabled) throw new ConfigError('pagedump: --config and --no-config exclude each other\n');
		this.#explicit = options.explicit;
		this.#disabled = options.disabled === true;
		this.#warn = options.warn;
		if (this.#explicit && !fs.existsSync(this.#explicit)) throw new ConfigError(`${this.#explicit}: no such config file\n`);
	}

	/** The config that applies to a dump (or to a folder, with `isDir`). Throws ConfigError for a file with a syntax error. */
	for(file: string, isDir = false): LoadedConfig {
		if (this.#disabled) return NO_CONFIG;
		if (this.#explicit) return this.#read(path.resolve(this.#explicit));
		const dir = path.resolve(isDir ? file : path.dirname(file));
		const cached = this.#dirs.get(dir);
		if (cached) return cached;
		let found = NO_CONFIG;
		for (const candidate of configCandidates(dir)) {
			if (fs.existsSync(candidate) && fs.statSync(candidate).isFile()) {
				found = this.#read(candidate);
				break;
			}
		}
		this.#dirs.set(dir, found);
		return found;
	}

	#read(file: string): LoadedConfig {
		const cached = this.#files.get(file);
		if (cached) return cached;
		let text: string;
		try {
			text = fs.readFileSync(file, 'utf8');
		} catch (e) {
			throw new ConfigError(`${file}: cannot read config (${(e as NodeJS.ErrnoException).code ?? 'error'})\n`);
		}
		const { config, problems } = parseConfig(text);
		const relative = path.relative(process.cwd(), file);
		const shown = relative && !relative.startsWith('..') ? relative : file;
		if (problems.some((p) => p.severity === 'error')) throw new ConfigError(formatConfigProblems(shown, text, problems));
		if (problems.length > 0) this.#warn(formatConfigProblems(shown, text, problems));
		const loaded = { config, file };
		this.#files.set(file, loaded);
		return loaded;
	}
}
