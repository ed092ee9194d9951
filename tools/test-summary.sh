#!/usr/bin/env bash
# Prints one closing line, "N passed, N failed, N skipped", summed over the Surefire and Failsafe reports.
shopt -s nullglob
files=(target/surefire-reports/TEST-*.xml target/failsafe-reports/TEST-*.xml)
if [ ${#files[@]} -eq 0 ]; then echo "tests: 0 passed, 0 failed"; exit 0; fi
awk 'match($0, /<testsuite [^>]*>/) {
       s = substr($0, RSTART, RLENGTH)
       t += attr(s, "tests"); f += attr(s, "failures") + attr(s, "errors"); k += attr(s, "skipped")
     }
     function attr(s, name,   m) { if (match(s, name "=\"[0-9]+\"")) { m = substr(s, RSTART, RLENGTH); gsub(/[^0-9]/, "", m); return m + 0 } return 0 }
     END { printf "tests: %d passed, %d failed, %d skipped\n", t - f - k, f, k }' "${files[@]}"
