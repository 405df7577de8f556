#!/usr/bin/env bash
# Prepares the local PostgreSQL for the benchmark (run it under the same lock as the benchmark itself):
#  - pg_stat_statements in shared_preload_libraries, so that the benchmark counts the CRM's SQL statements;
#  - max_prepared_transactions = 64 when it is 0 (the CRM datasource is XA), as .ci/run does.
# Restarts the server only when one of the two changed, keeps every other preloaded library, and waits until it is
# back. Without it the benchmark still runs and reports "CRM statements not counted".
set -euo pipefail

HOST="${BENCHMARK_PG_HOST:-127.0.0.1}"
if [ "$(id -u)" = 0 ]; then SUDO=""; else SUDO="sudo"; fi
PG_VERSION="$(ls /etc/postgresql | sort -V | tail -n 1)"
PSQL=(psql -h "$HOST" -U postgres -v ON_ERROR_STOP=1 -qtA)

# The server started here would inherit every open descriptor of this script, the lock file of a calling flock
# included, and hold that lock for as long as it runs: start it with stdin, stdout and stderr only.
pg_cluster() {
    (
        for fd in /proc/$BASHPID/fd/*; do
            fd=${fd##*/}
            if [ "$fd" -gt 2 ] && [ "$fd" != 255 ]; then eval "exec $fd>&-"; fi
        done
        $SUDO pg_ctlcluster --skip-systemctl-redirect "$PG_VERSION" main "$@"
    )
}

wait_ready() {
    for _ in $(seq 1 60); do pg_isready -h "$HOST" -p 5432 >/dev/null 2>&1 && return 0; sleep 1; done
    echo "PostgreSQL did not come back" >&2
    return 1
}

if ! pg_isready -h "$HOST" -p 5432 >/dev/null 2>&1; then
    pg_cluster start
fi
wait_ready

restart=no
libraries="$("${PSQL[@]}" -c 'show shared_preload_libraries')"
if [[ ",${libraries// /}," != *",pg_stat_statements,"* ]]; then
    "${PSQL[@]}" -c "alter system set shared_preload_libraries = '${libraries:+${libraries},}pg_stat_statements'"
    restart=yes
fi
if [ "$("${PSQL[@]}" -c 'show max_prepared_transactions')" = "0" ]; then
    "${PSQL[@]}" -c 'alter system set max_prepared_transactions = 64'
    restart=yes
fi
if [ "$restart" = yes ]; then
    pg_cluster restart
    wait_ready
fi
echo "shared_preload_libraries=$("${PSQL[@]}" -c 'show shared_preload_libraries')"
echo "max_prepared_transactions=$("${PSQL[@]}" -c 'show max_prepared_transactions')"
