// The config file as a layer over the user's settings: diagnostics, Extract Article and the preview ask here for
// the config that applies to a dump. The ConfigStore plugs itself in; without it every answer is "no config".
import type * as vscode from 'vscode';
import { diagnoseOptionsFrom, type PageDumpConfig } from '../../core/index';
import type { DiagnosticsSettings } from '../diagnosticsManager';

type ConfigSource = (uri: vscode.Uri) => PageDumpConfig;

let source: ConfigSource = () => ({});

/** Sets where configs come from (the ConfigStore); returns a function that unplugs it. */
export function setConfigSource(s: ConfigSource): () => void {
	source = s;
	return () => {
		if (source === s) source = () => ({});
	};
}

/** The config that applies to a dump: the nearest config file above it in its workspace folder. */
export function configFor(uri: vscode.Uri | undefined): PageDumpConfig {
	if (!uri) return {};
	try {
		return source(uri);
	} catch {
		return {};
	}
}

/** Diagnostics settings with the config file's values on top. */
export function withConfigFile(uri: vscode.Uri | undefined, settings: DiagnosticsSettings): DiagnosticsSettings {
	const config = configFor(uri);
	const remote = config.remoteLinks;
	if (Object.keys(config).length === 0) return settings;
	return {
		...settings,
		// The site rules too, so the Problems panel sees the article the CLI, the report and the preview see.
		options: { ...diagnoseOptionsFrom(config, settings.options), sites: config.sites },
		remote: {
			...settings.remote,
			enabled: remote?.enabled ?? settings.remote.enabled,
			timeoutMs: remote?.timeout ?? settings.remote.timeoutMs,
			exclude: remote?.exclude ?? settings.remote.exclude,
			cacheMaxAgeMs: remote?.cacheMaxAge !== undefined ? remote.cacheMaxAge * 1000 : settings.remote.cacheMaxAgeMs,
		},
	};
}
