#!/usr/bin/env bash
# Copies the best screenshots of the last `npm run test:editor` (test-results/) to
# docs/screenshots/, under the names the README and docs/editor-tests.md use. Run it after a
# green run; it refuses to copy a step's picture of a failure.
set -euo pipefail
cd "$(dirname "$0")/../.."
declare -A PICK=(
  [01-diagnostics]=problems
  [02-hover]=hover
  [03-completion]=completion
  [03b-completion-no-diacritics]=completion-no-diacritics
  [failures-crash-loop]=crash-loop
  [failures-bad-setting]=bad-setting
  [04-quick-fix]=quick-fix
  [05-snippet]=snippet
  [07-outline]=outline
)
mkdir -p docs/screenshots
status=0
for from in "${!PICK[@]}"; do
  src="test-results/$from.png"
  if [[ -f "test-results/$from-FAILED.png" || ! -f "$src" ]]; then
    echo "skipped $from: the step did not pass in the last run" >&2
    status=1
    continue
  fi
  cp "$src" "docs/screenshots/${PICK[$from]}.png"
  echo "docs/screenshots/${PICK[$from]}.png <- $src"
done
exit $status
