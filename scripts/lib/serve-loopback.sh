# Sourced by the scripts that drive a browser against the built app (test-web.sh,
# test-web-hostile.sh, timings.sh): starts `cargo xtask serve` on a free loopback port.
#
#   serve_loopback LOG [xtask serve options…]
#
# Sets `server` (the server's pid, for the caller's cleanup) and `url` (http://127.0.0.1:PORT/,
# empty when the server did not start within 60 s: LOG then says why). Returns non-zero then.
serve_loopback() {
    local log=$1
    shift
    cargo --locked xtask serve "$@" --port 0 >"$log" 2>&1 &
    server=$!
    url=""
    for _ in $(seq 1 300); do
        url=$(grep -oE 'http://127\.0\.0\.1:[0-9]+/' "$log" | head -n1 || true)
        [ -n "$url" ] && return 0
        kill -0 "$server" 2>/dev/null || break
        sleep 0.2
    done
    return 1
}
