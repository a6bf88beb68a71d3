#!/usr/bin/env bash
# A throwaway PostgreSQL cluster on 127.0.0.1 for the tests (used by .ci/run; handy on a developer machine too):
#   eval "$(.ci/test-postgres.sh start /tmp/awesomeclip-pg)"   # prints export AWESOMECLIP_TEST_POSTGRES=...
#   .ci/test-postgres.sh stop /tmp/awesomeclip-pg
# Needs Debian's postgresql package (apt-get install -y postgresql). Runs the server as the postgres user when root.
set -euo pipefail
action="${1:?usage: test-postgres.sh start|stop <dir>}"
dir="${2:?usage: test-postgres.sh start|stop <dir>}"
bin="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)"
[ -x "$bin/initdb" ] || { echo "PostgreSQL server binaries not found (apt-get install -y postgresql)" >&2; exit 1; }
as_owner() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }

case "$action" in
  start)
    mkdir -p "$dir"
    [ "$(id -u)" = 0 ] && chown postgres:postgres "$dir"
    port="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
    password="$(head -c 12 /dev/urandom | od -An -tx1 | tr -d ' \n')"
    printf '%s\n' "$password" > "$dir/.pw" && chmod 600 "$dir/.pw"
    [ "$(id -u)" = 0 ] && chown postgres:postgres "$dir/.pw"
    as_owner "$bin/initdb" -D "$dir/data" -U postgres --auth=scram-sha-256 --pwfile="$dir/.pw" -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log"
    as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 30 \
      -o "-c listen_addresses=127.0.0.1 -p $port -k $dir -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" start >/dev/null
    echo "$port" > "$dir/port"
    # The tests create (and drop) one database per fixture, so they connect as the superuser of this throwaway cluster.
    echo "export AWESOMECLIP_TEST_POSTGRES='Host=127.0.0.1;Port=$port;Username=postgres;Password=$password;Database=postgres'"
    ;;
  stop)
    [ -d "$dir/data" ] && as_owner "$bin/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true
    rm -rf "$dir"
    ;;
  *) echo "usage: test-postgres.sh start|stop <dir>" >&2; exit 2 ;;
esac
