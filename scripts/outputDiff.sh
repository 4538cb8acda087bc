#!/usr/bin/env bash
# Output checker for speed work (issue 13): runs `pagedump extract` over the Readability corpus dumps, the seeds and the
# wcxb-dev dumps with a reference build and with this worktree's build, in json and md, then diffs the outputs.
# Usage: scripts/outputDiff.sh REF_BIN [REF_OUT]   (REF_OUT is reused when it exists: the reference runs once)
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
ref_bin=${1:?usage: scripts/outputDiff.sh REF_BIN [REF_OUT] (REF_BIN: the bin/pagedump.js of another built checkout)}
ref_out=${2:-/tmp/outputDiff/ref}
new_out=/tmp/outputDiff/new
inputs=/tmp/outputDiff/in
shared=${PAGEDUMP_SHARED:-$here/../shared}
corpus=$shared/corpus/readability
seeds=$shared/seeds
wcxb=${WCXB_DUMPS:-$HOME/.cache/page-dump-review/wcxb-dev/dumps}
for d in "$corpus" "$seeds" "$wcxb"; do [ -d "$d" ] || { echo "outputDiff: $d is missing (set PAGEDUMP_SHARED or WCXB_DUMPS)" >&2; exit 2; }; done
# The corpus keeps each dump as NAME/dump.txt: link them flat so the outputs get distinct names.
mkdir -p "$inputs/corpus" "$inputs/seeds"
for d in "$corpus"/*/; do [ -f "$d/dump.txt" ] && ln -sf "$d/dump.txt" "$inputs/corpus/$(basename "$d").txt"; done
for f in "$seeds"/*.txt; do ln -sf "$f" "$inputs/seeds/"; done
ln -sfn "$wcxb" "$inputs/wcxb"
run() { # BIN OUT
	for set in corpus seeds wcxb; do
		for fmt in json md; do
			mkdir -p "$2/$set.$fmt"
			node "$1" extract "$inputs/$set" --out-dir "$2/$set.$fmt" --format "$fmt" --overwrite >/dev/null 2>&1 || true
		done
	done
}
if [ ! -d "$ref_out" ]; then run "$ref_bin" "$ref_out"; fi
rm -rf "$new_out"
run "$here/bin/pagedump.js" "$new_out"
count=$(find "$new_out" -type f | wc -l)
if diff -r -q "$ref_out" "$new_out"; then echo "outputDiff: identical ($count files)"; else echo "outputDiff: DIFFERENT"; exit 1; fi
