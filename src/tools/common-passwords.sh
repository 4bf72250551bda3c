#!/usr/bin/env bash
# Regenerates src/main/resources/com/pullsafe/identity/common-passwords.txt, the list of common
# passwords that PasswordPolicy refuses: the ranked password list of the npm package
# @zxcvbn-ts/language-common (MIT, see common-passwords.LICENSE.txt beside the list), lower-cased,
# one a line, most common first. Needs npm and node.
set -euo pipefail
version=${1:-4.1.3}
here=$(cd "$(dirname "$0")/../.." && pwd)
target="$here/src/main/resources/com/pullsafe/identity/common-passwords.txt"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm pack --silent "@zxcvbn-ts/language-common@$version" >/dev/null && tar xzf ./*.tgz)
node -e '
  const seen = new Set();
  for (const p of require(process.argv[1])) {
    const word = p.toLowerCase();
    if (!seen.has(word)) { seen.add(word); console.log(word); }
  }' "$work/package/src/passwords.json" >"$target"
cp "$work/package/LICENSE.txt" "${target%.txt}.LICENSE.txt"
echo "$(wc -l <"$target") passwords in $target"
