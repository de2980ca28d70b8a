#!/usr/bin/env bash
# Plays Greenhouse's side of the Assessment Partner API against a running interview web app:
# list_tests, send_test, then test_status every POLL_SECONDS (Greenhouse polls hourly) until the test is complete.
# The candidate meanwhile answers through the link the app emailed (or a recruiter's new link when no SMTP server
# is configured). Needs curl only. See docs/integrations/greenhouse.md.
#
#   GREENHOUSE_KEY=aik_... CANDIDATE_EMAIL=ada@example.com ./greenhouse-script.sh [base-url]
#
# Settings (environment): GREENHOUSE_KEY (required: an API key with interviews:read and interviews:write),
# CANDIDATE_EMAIL (required), FIRST_NAME, LAST_NAME, TEST_ID (default: the first test list_tests offers),
# APPLICATION_ID (default: a new one per run), CALLBACK_URL (where the app PATCHes on completion),
# POLL_SECONDS (default 3600, as Greenhouse), MAX_POLLS (default 1344: 8 weeks of hourly polls),
# GREENHOUSE_PATH (default /partners/greenhouse).
set -euo pipefail

BASE="${1:-http://localhost:7070}"
: "${GREENHOUSE_KEY:?set GREENHOUSE_KEY to an API key of the organization}"
: "${CANDIDATE_EMAIL:?set CANDIDATE_EMAIL to the address the interview link goes to}"
PARTNER="${BASE%/}${GREENHOUSE_PATH:-/partners/greenhouse}"
POLL_SECONDS="${POLL_SECONDS:-3600}"
MAX_POLLS="${MAX_POLLS:-1344}"
APPLICATION_ID="${APPLICATION_ID:-$(date +%s)$RANDOM}"
CALLBACK_URL="${CALLBACK_URL:-https://app.greenhouse.io/integrations/testing_partners/take_home_tests/$APPLICATION_ID}"

# Greenhouse's Basic authentication: the key as user name, an empty password.
AUTH="Authorization: Basic $(printf '%s:' "$GREENHOUSE_KEY" | base64 | tr -d '\n')"

call() { # method path [body]: prints the body; fails on an HTTP error, showing the answer
  local out status
  out=$(mktemp)
  if [ $# -ge 3 ]; then
    status=$(curl -sS -o "$out" -w '%{http_code}' -X "$1" -H "$AUTH" -H 'Content-Type: application/json' \
      --data-binary "$3" "$PARTNER/$2")
  else
    status=$(curl -sS -o "$out" -w '%{http_code}' -X "$1" -H "$AUTH" "$PARTNER/$2")
  fi
  if [ "$status" != 200 ]; then
    echo "$1 $2 answered HTTP $status: $(cat "$out")" >&2
    rm -f "$out"
    exit 1
  fi
  cat "$out"
  rm -f "$out"
}

field() { # name: the first string value of that field in the JSON on stdin
  sed -n "s/.*\"$1\":\"\([^\"]*\)\".*/\1/p" | head -n 1
}

tests=$(call GET list_tests)
echo "list_tests: $tests"
TEST_ID="${TEST_ID:-$(printf '%s' "$tests" | field partner_test_id)}"
if [ -z "$TEST_ID" ]; then
  echo "The organization has no test ready to send: make an interview plan on the recruiter pages first." >&2
  exit 1
fi

body=$(printf '{"partner_test_id":"%s","candidate":{"first_name":"%s","last_name":"%s","email":"%s",%s},"url":"%s"}' \
  "$TEST_ID" "${FIRST_NAME:-Ada}" "${LAST_NAME:-Lovelace}" "$CANDIDATE_EMAIL" \
  "\"greenhouse_profile_url\":\"https://app.greenhouse.io/people/$APPLICATION_ID?application_id=$APPLICATION_ID\"" \
  "$CALLBACK_URL")
sent=$(call POST send_test "$body")
echo "send_test: $sent"
INTERVIEW_ID=$(printf '%s' "$sent" | field partner_interview_id)
# Greenhouse retries: a second send_test for the same application and test must answer the same id.
again=$(call POST send_test "$body" | field partner_interview_id)
if [ "$again" != "$INTERVIEW_ID" ]; then
  echo "A repeated send_test answered another id ($again, not $INTERVIEW_ID)" >&2
  exit 1
fi

for ((i = 1; i <= MAX_POLLS; i++)); do
  status=$(call GET "test_status?partner_interview_id=$INTERVIEW_ID")
  state=$(printf '%s' "$status" | field partner_status)
  echo "test_status #$i: $state"
  if [ "$state" = complete ]; then
    echo "result: $status"
    echo "partner_profile_url: $(printf '%s' "$status" | field partner_profile_url)"
    exit 0
  fi
  sleep "$POLL_SECONDS"
done
echo "Not complete after $MAX_POLLS polls" >&2
exit 2
