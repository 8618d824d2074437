#!/usr/bin/env bash
# Validates manifest.xml offline with xmllint against the Office add-in XSDs kept in
# ../shared/schemas/office-addin-manifest (beside the repository, locally and in CI).
# Set OFFICE_MANIFEST_SCHEMAS to use another folder.
set -u
repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
candidates=("${OFFICE_MANIFEST_SCHEMAS:-}" "$repo/../shared/schemas/office-addin-manifest" "$repo/shared/schemas/office-addin-manifest")
for dir in "${candidates[@]}"; do
  if [ -n "$dir" ] && [ -f "$dir/validate-manifest.sh" ]; then
    exec bash "$dir/validate-manifest.sh" "${@:-$repo/manifest.xml}"
  fi
done
echo "error: schemas not found: expected ../shared/schemas/office-addin-manifest beside the repository (or set OFFICE_MANIFEST_SCHEMAS)" >&2
exit 2
