# tests/cli/lib.bash: shared helpers of the CLI tests (sourced): the binary,
# temp folders, the reference folder, and assertions that print why.
#
# Every test runs under errexit and nounset: a command that fails outside a
# check (and outside an if/while condition or a || / && list) ends the test
# at once as a failure, with the script, line and command on stderr. A
# command expected to fail is written `rc=0; cmd ... || rc=$?` and its
# status checked with `check "..." test "$rc" -eq N`. pipefail is not set
# (a `head` or `grep -q` that stops reading would make the writer fail with
# SIGPIPE); a test that needs a pipeline's status sets it for that pipeline.
set -euE
TC_TEST_PID=$$

# tc_on_err STATUS LINE COMMAND: the ERR trap. Only the test's own shell
# reports and exits: in a subshell or $(...) the failure reaches the test
# through the subshell's status (bash also runs the trap in $(...), where
# errexit is off, so acting there would report failures nobody sees).
tc_on_err() {
  [ "$BASHPID" = "$TC_TEST_PID" ] || return 0
  local n=${#BASH_SOURCE[@]} from=""
  if [ "$n" -gt 2 ]; then # inside a helper: also say where the test called it
    from=" (in a helper called from ${BASH_SOURCE[n - 1]}:${BASH_LINENO[n - 2]})"
  fi
  echo "FAIL: ${BASH_SOURCE[1]:-$0}:$2: '$3' exited $1 outside a check$from" >&2
  exit 1 # never 77 (the skip status) and never 0
}
trap 'tc_on_err "$?" "$LINENO" "$BASH_COMMAND"' ERR
: "${TEICONV:?TEICONV must name the teiconv binary}"
: "${TEICONV_SOURCE_DIR:?}"
SRC="$TEICONV_SOURCE_DIR"
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
# compiled grammars are cached per test, never in the user's ~/.cache (where
# setup-deps.sh installs the tests' node packages: axe.sh still finds them)
export TEICONV_NODE_DIR="${TEICONV_NODE_DIR:-${XDG_CACHE_HOME:-${HOME:-/root}/.cache}/teiconv/node}"
export XDG_CACHE_HOME="$TMP/cache"
FAILS=0
PASSES=0

fail() { echo "FAIL: $*" >&2; FAILS=$((FAILS + 1)); }
pass() { PASSES=$((PASSES + 1)); }

# check DESCRIPTION COMMAND...: the command must succeed
check() { local what=$1; shift; if "$@"; then pass; else fail "$what"; fi; }

# same DESCRIPTION ACTUAL EXPECTED: the two strings must be equal
same() {
  if [ "$2" = "$3" ]; then pass; else fail "$1: got '$2', want '$3'"; fi
}

# An unknown command or helper fails the test: bash calls this instead of
# printing "command not found" and carrying on (the checks it would have made
# must not silently vanish). It runs in a subshell, so it leaves a mark that
# finish reads, and the test also ends at once.
command_not_found_handle() {
  echo "FAIL: unknown command or helper: $1" >&2
  echo "$1" >>"$TMP/.unknown-commands"
  kill -TERM $TC_TEST_PID 2>/dev/null
  return 127
}

# not_run WHAT WHY: records a check that could not run, in the log that
# `make test` sums up at its end (scripts/run-tests.sh), and on stderr.
not_run() {
  echo "NOT RUN: $1 ($2)" >&2
  if [ -n "${TC_NOT_RUN_LOG:-}" ]; then
    printf '%s: %s|%s\n' "$(basename "$0" .sh)" "$1" "$2" >>"$TC_NOT_RUN_LOG"
  fi
}

# The reference folder (official schemas, corpus): ../shared beside the clone.
REF_WHY="the reference folder (official schemas and corpus) is missing; put it at ../shared beside the clone or set TEICONV_REFERENCE_DIR=DIR"
find_reference() {
  REF="${TEICONV_REFERENCE_DIR:-$SRC/../shared}"
  if [ -d "$REF" ]; then REF=$(cd "$REF" && pwd); return 0; fi
  if [ "${CI:-}" = "true" ]; then echo "FAIL: reference folder $REF missing under CI" >&2; exit 1; fi
  return 1
}

# need_reference: sets REF; for a test that is about the reference files as a
# whole: without them it is logged as not run and skipped (exit 77), under CI
# it fails. Call it directly (not in $(...)) so that the exit ends the test.
need_reference() {
  if ! find_reference; then
    not_run "the whole test" "$REF_WHY"
    exit 77
  fi
}

# want_reference: sets REF and HAVE_REF=1 when the reference folder is there,
# else HAVE_REF=0 (failing under CI); the test's other checks run either way.
# ref_check DESCRIPTION COMMAND...: a check that needs it, logged as not run
# without it.
want_reference() {
  if find_reference; then HAVE_REF=1; else HAVE_REF=0; fi
}
ref_check() {
  if [ "$HAVE_REF" = 1 ]; then check "$@"; else not_run "$1" "$REF_WHY"; fi
}

# jing, quietly (its wrapper warns about optional jars)
jing_ok() { jing "$@" 2>/dev/null; }

# xmllint --schema for EAD 2002 through the reference catalog (after
# need_reference)
ead_xsd_ok() {
  XML_CATALOG_FILES="$REF/reference/schemas/catalog.xml" \
    xmllint --nonet --noout --schema "$REF/reference/schemas/ead2002/ead.xsd" "$@" 2>&1 >/dev/null |
    { grep -v ' validates$' >&2 || true; }
  return "${PIPESTATUS[0]}"
}

# start_listener: a TCP listener on 127.0.0.1 that counts every connection
# it is offered in $HITS (one line each); sets PORT, checks that it counts,
# then empties $HITS. Network tests assert `test ! -s "$HITS"` at the end.
start_listener() {
  HITS="$TMP/hits"
  : >"$HITS"
  python3 - "$HITS" >"$TMP/port" <<'PY' &
import socket, sys
s = socket.socket()
s.bind(("127.0.0.1", 0))
s.listen(16)
print(s.getsockname()[1], flush=True)
while True:
    c, _ = s.accept()
    with open(sys.argv[1], "a") as f:
        f.write("connection\n")
    c.close()
PY
  LISTENER=$!
  trap 'kill $LISTENER 2>/dev/null; rm -rf "$TMP"' EXIT
  for _ in $(seq 50); do [ -s "$TMP/port" ] && break; sleep 0.1; done
  PORT=$(cat "$TMP/port")
  python3 -c "import socket; socket.create_connection(('127.0.0.1', $PORT)).close()"
  sleep 0.2
  check "listener counts connections" test "$(wc -l <"$HITS")" -eq 1
  : >"$HITS"
}

finish() {
  if [ -s "$TMP/.unknown-commands" ]; then
    fail "unknown commands were called: $(sort -u "$TMP/.unknown-commands" | tr '\n' ' ')"
  fi
  echo "$PASSES passed, $FAILS failed"
  if [ "$FAILS" -ne 0 ]; then exit 1; fi
}
