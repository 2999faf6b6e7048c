#!/bin/sh
# Fails, listing the files, when any C++ source of the project is not clang-formatted.
# Usage: check-format.sh CLANG_FORMAT SOURCE_DIR
set -eu
clang_format=$1
cd "$2"
files=$(find app models views tests -name '*.cpp' -o -name '*.h' | sort)
[ -n "$files" ] || { echo "no sources found under $2" >&2; exit 1; }
bad=0
for f in $files; do
    if ! "$clang_format" --style=file --dry-run --Werror "$f" >/dev/null 2>&1; then
        echo "not clang-formatted: $f (run: clang-format -i $f)"
        bad=1
    fi
done
[ "$bad" -eq 0 ] && echo "$(echo "$files" | wc -l) files are clang-formatted"
exit "$bad"
