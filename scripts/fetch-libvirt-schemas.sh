#!/bin/sh
# Re-fetches the libvirt packages listed in test/data/libvirt-schemas/SOURCES.md, verifies each
# .deb by its SHA-256 and compares the schema files kept under test/data/libvirt-schemas/<release>/
# with the package's (`--write` replaces them instead). Not run by CI: it needs the network.
#
#   sh scripts/fetch-libvirt-schemas.sh [--write]
set -eu
ROOT=$(cd "$(dirname "$0")/.." && pwd)
DATA="$ROOT/test/data/libvirt-schemas"
WRITE=${1:-}
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
status=0
# Table rows: | release | distribution | suite | package | version | url | sha256 |
grep -E '^\| [0-9]+\.[0-9]+\.[0-9]+ \|' "$DATA/SOURCES.md" | while IFS='|' read -r _ release _ _ _ _ url sha _; do
  release=$(echo "$release" | tr -d ' '); url=$(echo "$url" | tr -d ' '); sha=$(echo "$sha" | tr -d ' ')
  deb="$WORK/$release.deb"
  curl -sSfL -o "$deb" "$url"
  echo "$sha  $deb" | sha256sum -c --quiet - || { echo "$release: checksum mismatch for $url" >&2; exit 1; }
  mkdir -p "$WORK/$release"
  dpkg-deb -x "$deb" "$WORK/$release"
  schemas="$WORK/$release/usr/share/libvirt/schemas"
  mkdir -p "$DATA/$release"
  for f in "$DATA/$release"/*.rng; do
    name=$(basename "$f")
    if [ "$WRITE" = "--write" ]; then cp "$schemas/$name" "$f"
    elif ! cmp -s "$schemas/$name" "$f"; then echo "$release: $name differs from the package's" >&2; exit 1; fi
  done
  echo "$release: ok ($(ls "$DATA/$release" | wc -l) files)"
done || status=1
exit $status
