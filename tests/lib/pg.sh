# pg.sh -- a throwaway PostgreSQL server for tests and benches (sourced).
# pg_start DIR: initdb + pg_ctl start in DIR (a Unix socket there, no TCP),
# sets PGURL_BASE (a postgresql:// URI without database) and PGDIR; exits 77
# with the reason printed when PostgreSQL is missing or will not start.
# pg_newdb NAME: creates database NAME, prints its URI.  pg_stop: stops the
# server (call it from an EXIT trap).  As root the server runs as the
# `postgres` user, since initdb refuses to run as root.
PG_BIN=${PG_BIN:-$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)}

pg_as() { # runs a command as the server's user
    if [ "$(id -u)" -eq 0 ]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

pg_start() {
    PGDIR=$1
    if [ -z "$PG_BIN" ] || [ ! -x "$PG_BIN/initdb" ]; then
        echo "PostgreSQL server binaries not installed (Debian package postgresql)"; exit 77
    fi
    if [ "$(id -u)" -eq 0 ] && ! id postgres >/dev/null 2>&1; then
        echo "running as root and no postgres user to run the server as"; exit 77
    fi
    mkdir -p "$PGDIR/data" "$PGDIR/sock"
    [ "$(id -u)" -eq 0 ] && chown -R postgres "$PGDIR" && chmod 755 "$PGDIR"
    if ! pg_as "$PG_BIN/initdb" -D "$PGDIR/data" -U tl --auth=trust -E UTF8 --locale=C.UTF-8 \
            >"$PGDIR/initdb.log" 2>&1; then
        tail -3 "$PGDIR/initdb.log"; echo "initdb failed"; exit 77
    fi
    if ! pg_as "$PG_BIN/pg_ctl" -D "$PGDIR/data" -l "$PGDIR/server.log" -w -t 60 \
            -o "-c listen_addresses='' -k $PGDIR/sock -c fsync=off -c synchronous_commit=off" start \
            >/dev/null 2>&1; then
        tail -3 "$PGDIR/server.log"; echo "the PostgreSQL server would not start"; exit 77
    fi
    PG_RUNNING=1
    PGURL_BASE="postgresql://tl@/"
    PGHOSTQ="host=$PGDIR/sock"
}

pg_newdb() {
    "$PG_BIN/createdb" -h "$PGDIR/sock" -U tl "$1" || return 1
    echo "postgresql://tl@/$1?host=$PGDIR/sock"
}

pg_stop() {
    if [ "${PG_RUNNING:-0}" = 1 ]; then
        pg_as "$PG_BIN/pg_ctl" -D "$PGDIR/data" -m immediate stop >/dev/null 2>&1
        PG_RUNNING=0
    fi
}
