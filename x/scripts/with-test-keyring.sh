#!/usr/bin/env bash
# Runs COMMAND... inside a private D-Bus session with a throwaway, unlocked gnome-keyring, so
# keychain tests work headless (CI, ssh) and never touch the user's real keyring:
#   scripts/with-test-keyring.sh ctest --test-dir build --output-on-failure
# Sets KEPLER_REQUIRE_KEYCHAIN=1: inside this wrapper a keychain that does not work is a failure.
# Facts behind it (shared/setup/QT-RECIPE.md): DISPLAY must be unset (else a prompt can hang), and
# the keyring password must not be empty (an empty one creates no login collection).
set -euo pipefail

if [ $# -eq 0 ]; then
    echo "usage: $0 COMMAND [ARGS...]" >&2
    exit 2
fi

for tool in dbus-run-session gnome-keyring-daemon; do
    if ! command -v "$tool" >/dev/null 2>&1; then
        echo "with-test-keyring: $tool is missing (apt-get install dbus gnome-keyring)" >&2
        exit 1
    fi
done

if [ -z "${KEPLER_IN_TEST_KEYRING:-}" ]; then
    export KEPLER_IN_TEST_KEYRING=1
    exec dbus-run-session -- bash "$0" "$@"
fi

# Inside the private session bus from here on.
scratch=$(mktemp -d "${TMPDIR:-/tmp}/kepler-keyring.XXXXXX")
cleanup() {
    if [ -n "${keyring_pid:-}" ]; then kill "$keyring_pid" 2>/dev/null || true; fi
    rm -rf "$scratch"
}
trap cleanup EXIT

export HOME="$scratch/home"
export XDG_DATA_HOME="$HOME/.local/share"
export XDG_CONFIG_HOME="$HOME/.config"
export XDG_CACHE_HOME="$HOME/.cache"
export XDG_RUNTIME_DIR="$scratch/run"
mkdir -p "$HOME" "$XDG_DATA_HOME" "$XDG_CONFIG_HOME" "$XDG_CACHE_HOME" "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"
unset DISPLAY WAYLAND_DISPLAY

# --unlock reads the password from stdin; the daemon forks and prints its environment.
keyring_env=$(printf 'kepler-test-keyring' | gnome-keyring-daemon --unlock --components=secrets)
eval "$(printf '%s\n' "$keyring_env" | sed -n 's/^\([A-Z_]*=.*\)$/export \1/p')"
keyring_pid="${GNOME_KEYRING_PID:-}"

export KEPLER_REQUIRE_KEYCHAIN=1
status=0
"$@" || status=$?
exit "$status"
