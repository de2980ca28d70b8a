# Sourced by .ci/run: starts a throw-away PostgreSQL cluster for the tests and removes it when the calling shell
# exits. The tests read one environment variable, INTERVIEW_TEST_POSTGRES_URL: a JDBC URL of a database on a server
# where that user may CREATE DATABASE (each test class makes its own database there and drops it afterwards).
# Without it the PostgreSQL variants of the tests are skipped, so a developer's machine needs no server.
# Debian's `postgresql` package provides the binaries; docker is not needed. As root the cluster runs as the
# `postgres` OS user (PostgreSQL refuses to run as root); it listens on 127.0.0.1 only, with trust authentication.

pg_bin_dir() {
  local d
  for d in /usr/lib/postgresql/*/bin; do
    [ -x "$d/initdb" ] && { echo "$d"; return; }
  done
  command -v initdb >/dev/null 2>&1 && dirname "$(command -v initdb)"
}

# Runs a command as the postgres OS user when this shell is root, otherwise as the current user.
pg_as_owner() {
  if [ "$(id -u)" = 0 ]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

stop_test_postgres() {
  if [ -n "${TEST_PG_DIR:-}" ] && [ -d "$TEST_PG_DIR" ]; then
    pg_as_owner "$TEST_PG_BIN/pg_ctl" -D "$TEST_PG_DIR/data" -m immediate stop >/dev/null 2>&1 || true
    rm -rf "$TEST_PG_DIR"
  fi
}

start_test_postgres() {
  if [ -z "$(pg_bin_dir)" ]; then
    echo "Installing: postgresql"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql
    # Debian's package starts its own cluster on 5432; the tests use their own, so that one is not needed.
    command -v service >/dev/null 2>&1 && service postgresql stop >/dev/null 2>&1 || true
  fi
  TEST_PG_BIN="$(pg_bin_dir)"
  if [ -z "$TEST_PG_BIN" ]; then
    echo "PostgreSQL's initdb was not found after installing postgresql" >&2
    return 1
  fi
  TEST_PG_DIR="$(mktemp -d /tmp/interview-test-pg.XXXXXX)"
  trap stop_test_postgres EXIT
  if [ "$(id -u)" = 0 ]; then
    chown postgres: "$TEST_PG_DIR"
  fi
  chmod 700 "$TEST_PG_DIR"
  # A free local port: the kernel picks one for a socket that is closed again at once.
  local port
  port="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])' 2>/dev/null \
    || echo $((20000 + RANDOM % 20000)))"
  pg_as_owner "$TEST_PG_BIN/initdb" -D "$TEST_PG_DIR/data" -U postgres -A trust -E UTF8 --no-locale >/dev/null
  pg_as_owner "$TEST_PG_BIN/pg_ctl" -D "$TEST_PG_DIR/data" -l "$TEST_PG_DIR/server.log" -w -t 60 \
    -o "-c listen_addresses=127.0.0.1 -p $port -k $TEST_PG_DIR -c fsync=off -c max_connections=300" start >/dev/null
  pg_as_owner "$TEST_PG_BIN/psql" -h 127.0.0.1 -p "$port" -U postgres -d postgres -q -c "CREATE DATABASE interview_test"
  export INTERVIEW_TEST_POSTGRES_URL="jdbc:postgresql://127.0.0.1:$port/interview_test?user=postgres"
  echo "PostgreSQL $("$TEST_PG_BIN/postgres" --version | awk '{print $3}') for the tests: $INTERVIEW_TEST_POSTGRES_URL"
}
