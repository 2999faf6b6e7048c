#!/bin/sh
# Runs clang-tidy with the project's .clang-tidy on every source of models/, two at a time.
# Usage: check-tidy.sh CLANG_TIDY SOURCE_DIR BINARY_DIR
set -eu
clang_tidy=$1
source_dir=$2
binary_dir=$3
cd "$source_dir"
files=$(find models -name '*.cpp' | sort)
[ -n "$files" ] || { echo "no sources under models/" >&2; exit 1; }
echo "$files" | xargs -P 2 -n 4 "$clang_tidy" -p "$binary_dir" --quiet --warnings-as-errors='*'
echo "clang-tidy found nothing in $(echo "$files" | wc -l) files"
