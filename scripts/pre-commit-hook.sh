#!/bin/sh
# A git pre-commit hook: refuses a commit whose staged HTML or Markdown files `conv clean` would
# change. It checks what is staged (the index), not the working tree, so a file cleaned on disk
# but not added is still caught, and an unstaged edit does not block the commit. Added, copied,
# modified and renamed files are checked, whatever their names hold (spaces, a leading dash).
#
# Install: cp scripts/pre-commit-hook.sh .git/hooks/pre-commit (or link it there).
# CONV names the conv to run; default: conv on PATH, else scripts/conv beside this script.
set -eu

if [ -n "${CONV:-}" ]; then
  conv=$CONV
elif command -v conv >/dev/null 2>&1; then
  conv=conv
else
  conv=$(dirname "$(readlink -f "$0" 2>/dev/null || echo "$0")")/conv
fi

tmp=$(mktemp -d "${TMPDIR:-/tmp}/conv-pre-commit.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
trap 'exit 130' HUP INT TERM

# NUL-separated names, so that no character in a name can split it. The extensions are
# dev.conv.page.SourceKind's, as a directory walk takes them (a test holds the two together).
git diff --cached --name-only -z --diff-filter=ACMR -- '*.html' '*.htm' '*.xhtml' '*.md' '*.markdown' '*.mdown' '*.mkd' >"$tmp/staged"
[ -s "$tmp/staged" ] || exit 0

# The staged content, copied out of the index, with the .convignore files that apply to it.
git checkout-index -z --stdin --prefix="$tmp/index/" <"$tmp/staged"
git ls-files -z -- '.convignore' '*/.convignore' | git checkout-index -z --stdin --prefix="$tmp/index/"

status=0
(cd "$tmp/index" && xargs -0 "$conv" clean --check -q -- <"$tmp/staged") >"$tmp/changing" || status=$?
if [ -s "$tmp/changing" ]; then
  {
    echo "conv: these staged files would change under 'conv clean':"
    sed 's/^/  /' "$tmp/changing"
    echo "Clean them with 'conv clean --write -- FILE...', then 'git add' them and commit again."
  } >&2
  exit 1
fi
if [ "$status" -ne 0 ]; then
  echo "conv: the check could not run on every staged file (see above)" >&2
  exit 1
fi
