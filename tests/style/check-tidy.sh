#!/bin/sh
# Runs clang-tidy with the project's .clang-tidy on every source of models/ and app/, two at a time.
# Usage: check-tidy.sh CLANG_TIDY SOURCE_DIR BINARY_DIR
#
# The clang static analyzer (clang-analyzer-*) triples the time per file, which the whole suite
# cannot afford on CI's two cores as the code grows; the suite runs the other checks, and
# LEITSTAND_TIDY_ANALYZER=1 adds the analyzer for a thorough run by hand. Editors using clangd
# read .clang-tidy and get the analyzer as well.
set -eu
clang_tidy=$1
source_dir=$2
binary_dir=$3
cd "$source_dir"
files=$(find models app -name '*.cpp' | sort)
[ -n "$files" ] || { echo "no sources under models/ and app/" >&2; exit 1; }
checks=-clang-analyzer-*
[ "${LEITSTAND_TIDY_ANALYZER:-0}" = 1 ] && checks=
echo "$files" | xargs -P 2 -n 4 "$clang_tidy" -p "$binary_dir" --quiet --warnings-as-errors='*' ${checks:+--checks=$checks}
echo "clang-tidy found nothing in $(echo "$files" | wc -l) files"
