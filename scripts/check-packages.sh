#!/usr/bin/env bash
# Installs the packages that scripts/package.sh made into a FRESH Debian 12 (debootstrap
# --variant=minbase bookworm) and runs `kepler-console --demo` there under Xvfb, in English and in
# Chinese, taking a screenshot of each; then checks that a second start with the same profile
# ends at once. Only the packages and what they pull in are installed before the run; Xvfb, xauth
# and ImageMagick come after, for the check itself.
#
# Needs root, debootstrap and the Debian mirror this machine uses. Slow (several minutes, ~1 GB):
# not part of CI. Results go to build-pkg/check/ (screenshots, logs, package facts).
#   KEEP_ROOT=1   keep the Debian tree (default: removed at the end)
set -euo pipefail
cd "$(dirname "$0")/.."

BUILD_DIR=${KEPLER_PKG_BUILD_DIR:-build-pkg}
ROOT=${KEPLER_CHECK_ROOT:-/var/tmp/kepler-check-debian12}
OUT=$(realpath -m "$BUILD_DIR/check")
shopt -s nullglob
DEBS=("$BUILD_DIR"/kepler-console_*.deb "$BUILD_DIR"/kepler-platform_*.deb)
if [ ${#DEBS[@]} -ne 2 ]; then
  echo "check-packages: want one kepler-console and one kepler-platform .deb in $BUILD_DIR (scripts/package.sh)" >&2
  exit 2
fi
[ "$(id -u)" -eq 0 ] || { echo "check-packages: needs root (debootstrap, chroot)" >&2; exit 2; }
command -v debootstrap >/dev/null || { echo "check-packages: apt-get install debootstrap" >&2; exit 2; }
SOURCES=/etc/apt/sources.list.d/debian.sources
MIRROR=$(awk '/^URIs:/ {print $2; exit}' "$SOURCES")

unmount_all() {
  for m in dev/pts dev sys proc; do
    if mountpoint -q "$ROOT/$m"; then umount -l "$ROOT/$m"; fi
  done
}
cleanup() {
  unmount_all
  if [ -z "${KEEP_ROOT:-}" ]; then rm -rf "$ROOT"; fi
}
trap cleanup EXIT
in_root() {
  chroot "$ROOT" env -i HOME=/root LANG=C.UTF-8 TERM=dumb DEBIAN_FRONTEND=noninteractive \
    PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin "$@"
}

rm -rf "$OUT" && mkdir -p "$OUT"
unmount_all
rm -rf "$ROOT"
echo "== debootstrap minbase bookworm into $ROOT"
start=$(date +%s)
debootstrap --variant=minbase bookworm "$ROOT" "$MIRROR" > "$OUT/debootstrap.log" 2>&1
cp "$SOURCES" "$ROOT/etc/apt/sources.list.d/"
cp /etc/resolv.conf "$ROOT/etc/resolv.conf"
for m in proc sys dev dev/pts; do mount --bind "/$m" "$ROOT/$m"; done
in_root apt-get update -q > "$OUT/apt-update.log" 2>&1
before=$(in_root dpkg-query -W -f='.\n' | wc -l)
echo "   $before packages in the fresh tree ($(( $(date +%s) - start )) s)"

echo "== apt-get install ./kepler-*.deb (with the Recommends, as apt does by default)"
mkdir -p "$ROOT/tmp/debs"
cp "${DEBS[@]}" "$ROOT/tmp/debs/"
in_root sh -c 'cd /tmp/debs && apt-get install -y ./kepler-*.deb' > "$OUT/install.log" 2>&1 \
  || { tail -30 "$OUT/install.log"; exit 1; }
after=$(in_root dpkg-query -W -f='.\n' | wc -l)
grep -E "^(Need to get|After this operation)" "$OUT/install.log" | sed 's/^/   /'
echo "   $(( after - before )) packages installed"
{
  for deb in "${DEBS[@]}"; do
    echo "$(basename "$deb"): $(du -k "$deb" | cut -f1) KiB file"
    dpkg-deb --field "$deb" Installed-Size Depends Recommends
  done
} > "$OUT/packages.txt"

echo "== what the packages put in place"
for program in kepler-console kepler-platform kepler-traffic; do
  in_root sh -c "command -v $program" | sed 's/^/   /'
done
in_root getent passwd kepler-platform | sed 's/^/   user: /'
in_root ls /usr/lib/systemd/system/kepler-platform.service /etc/default/kepler-platform \
  /usr/share/applications/kepler-console.desktop /usr/share/icons/hicolor/48x48/apps/kepler-console.png \
  | sed 's/^/   /'
in_root kepler-platform --version | sed 's/^/   /'
in_root env QT_QPA_PLATFORM=offscreen kepler-console --version 2>/dev/null | sed 's/^/   /'
in_root ls /usr/share/qt6/translations/qtbase_zh_CN.qm | sed 's/^/   /'

# The service's command line as kepler-platform.service runs it (no systemd in the tree): its user,
# its state folder, the environment file; a free port instead of 8470, which the host may use.
# It refuses to start without a staff account, so the first administrator comes first.
echo "== kepler-platform as the service runs it, stopped with SIGTERM"
in_root sh -c '. /etc/default/kepler-platform; KEPLER_LISTEN=127.0.0.1:0
  install -d -o kepler-platform -g kepler-platform -m 750 /var/lib/kepler-platform
  cd /var/lib/kepler-platform
  echo "check-packages-admin-password" | runuser -u kepler-platform -- \
    kepler-platform user add admin --role admin --data /var/lib/kepler-platform
  runuser -u kepler-platform -- timeout --preserve-status -s TERM 8 \
    kepler-platform --data /var/lib/kepler-platform --listen "$KEPLER_LISTEN" $KEPLER_OPTS
  echo "exit code $?"; ls -l /var/lib/kepler-platform' > "$OUT/service.log" 2>&1 || true
grep -E "^http|^exit code|kepler.db$|admin" "$OUT/service.log" | sed 's/^/   /'

echo "== the tools for the check itself: xvfb xauth imagemagick x11-utils"
in_root apt-get install -y --no-install-recommends xvfb xauth imagemagick x11-utils \
  > "$OUT/install-tools.log" 2>&1

# One run: the console under Xvfb, the screenshot once the demo has its traffic going, then a
# second start with the same profile, which must end at once with 0.
run_demo() { # LANG-argument, screenshot name
  local lang=$1 shot=$2
  cat > "$ROOT/tmp/run-demo.sh" <<SCRIPT
set -u
kepler-console --demo --lang $lang > /tmp/console-$lang.log 2>&1 &
pid=\$!
traffic=\$HOME/.local/share/Kepler/kepler-console/demo/traffic/traffic.log
for i in \$(seq 1 240); do [ -s "\$traffic" ] && break; sleep 1; done
sleep 10 # the first pages load
import -window root /tmp/$shot
# The window as a desktop sees it: WM_CLASS for the .desktop file's StartupWMClass, and an icon.
for id in \$(xwininfo -root -children | awk '/kepler-console/ && / [0-9][0-9][0-9]+x[0-9]/ {print \$1}'); do
  xprop -id \$id WM_CLASS
  xprop -id \$id _NET_WM_ICON | head -c 60; echo
done > /tmp/window-$lang.txt 2>&1
timeout 30 kepler-console --demo --lang $lang > /tmp/second-$lang.log 2>&1
echo "second start exit code: \$?" >> /tmp/second-$lang.log
kill \$pid; wait \$pid
echo "console exit code: \$?" >> /tmp/console-$lang.log
SCRIPT
  in_root xvfb-run -a -s "-screen 0 1440x900x24" sh /tmp/run-demo.sh
  cp "$ROOT/tmp/$shot" "$ROOT/tmp/console-$lang.log" "$ROOT/tmp/second-$lang.log" "$ROOT/tmp/window-$lang.txt" "$OUT/"
  sed 's/^/   window: /' "$OUT/window-$lang.txt"
  echo "   $shot: $(convert "$OUT/$shot" -format '%wx%h, %k colours' info:)"
  sed 's/^/   second start: /' "$OUT/second-$lang.log"
}
echo "== kepler-console --demo under Xvfb"
run_demo en demo-en.png
run_demo zh_CN demo-zh_CN.png
echo "== done in $(( $(date +%s) - start )) s; results in $OUT"
