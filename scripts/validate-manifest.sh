#!/usr/bin/env bash
# Validates manifest.xml (or the files given) offline with xmllint against the Office add-in XSDs
# kept in schemas/office-addin-manifest. Set OFFICE_MANIFEST_SCHEMAS to use another folder.
set -u
repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
dir="${OFFICE_MANIFEST_SCHEMAS:-$repo/schemas/office-addin-manifest}"
if [ ! -f "$dir/validate-manifest.sh" ]; then
  echo "error: schemas not found in $dir" >&2
  exit 2
fi
exec bash "$dir/validate-manifest.sh" "${@:-$repo/manifest.xml}"
