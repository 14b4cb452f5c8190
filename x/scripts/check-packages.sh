#!/usr/bin/env bash
# Installs the packages that scripts/package.sh made into a FRESH Debian 12 (debootstrap
# --variant=minbase bookworm) and runs `kepler-console --demo` there under Xvfb, in English and in
# Chinese, taking a screenshot of each; then checks that a second start with the same profile
# ends at once. Only the packages and what they pull in are installed before the run; Xvfb, xauth
# and ImageMagick come after, for the check itself. Before that it checks what dpkg recorded
# (Depends), that no binary or Qt plugin lacks a library (ldd), the systemd unit (systemd-analyze
# verify against the tree) and the service started from the unit's own ExecStart on the packaged
# defaults, answering HTTP. Every check that fails is listed at the end, and the exit code is 1.
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
FAILURES=()
fail() { echo "   FAIL: $*"; FAILURES+=("$*"); }

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
    dpkg-deb --field "$deb" Installed-Size Depends Recommends Suggests
  done
} > "$OUT/packages.txt"

echo "== what the packages put in place"
for program in kepler-console kepler-platform kepler-traffic; do
  in_root sh -c "command -v $program" | sed 's/^/   /' || fail "$program is not on PATH"
done
in_root getent passwd kepler-platform | sed 's/^/   user: /' || fail "no user kepler-platform"
for f in /usr/lib/systemd/system/kepler-platform.service /usr/lib/sysusers.d/kepler-platform.conf \
  /etc/default/kepler-platform /usr/share/applications/kepler-console.desktop \
  /usr/share/icons/hicolor/48x48/apps/kepler-console.png /usr/share/icons/hicolor/scalable/apps/kepler-console.svg \
  /usr/share/qt6/translations/qtbase_zh_CN.qm; do
  if [ -f "$ROOT$f" ]; then echo "   $f"; else fail "$f is missing"; fi
done
in_root kepler-platform --version | sed 's/^/   /' || fail "kepler-platform --version"
in_root env QT_QPA_PLATFORM=offscreen kepler-console --version 2>/dev/null | sed 's/^/   /' \
  || fail "kepler-console --version"
for program in kepler-platform kepler-traffic; do
  if in_root "$program" --help > "$OUT/$program-help.txt" 2>&1; then
    echo "   $program --help: $(wc -l < "$OUT/$program-help.txt") lines"
  else fail "$program --help"; fi
done

# What dpkg recorded, not what the .deb files say: the run-time pieces SHLIBDEPS cannot see must be
# there (docs/operations.md "Packages"), and apt must have picked a CJK font.
echo "== Depends as installed (dpkg -s)"
for package in kepler-console kepler-platform; do
  in_root dpkg -s "$package" | grep -E "^(Status|Version|Installed-Size|Depends|Recommends|Suggests):" \
    | sed "s/^/   $package /" | tee -a "$OUT/packages.txt"
done
want_depends() { # package, regular expression over one Depends entry
  local entries
  entries=$(in_root dpkg-query -W -f='${Depends}' "$1" | tr ',' '\n' | sed 's/^ *//')
  grep -Eq "$2" <<< "$entries" || fail "$1 Depends lacks /$2/"
}
want_depends kepler-console '^libqt6gui6 ' # the xcb platform plugin and the JPEG/GIF readers
want_depends kepler-console '^libqt6keychain1 '
want_depends kepler-console '^libsecret-1-0'
want_depends kepler-console 'fonts-noto-cjk|fonts-wqy-microhei|fonts-wqy-zenhei'
want_depends kepler-console '^qt6-translations-l10n'
want_depends kepler-platform '^libqt6sql6-sqlite'
want_depends kepler-platform '^libqt6sql6-psql'
want_depends kepler-platform '^libsodium23 '
cjk=$(in_root fc-match -f '%{family[0]} (%{file})' ':lang=zh-cn')
echo "   fontconfig's font for zh-cn: $cjk"
case "$cjk" in *WenQuanYi*|*Noto*CJK*|*Noto*Sans*SC*) ;; *) fail "no CJK font for zh-cn: $cjk" ;; esac

# Everything that is loaded at run time, with its libraries: a "not found" is a missing Depends.
echo "== libraries (ldd) of the programs and the Qt plugins they load"
QT_PLUGINS=/usr/lib/x86_64-linux-gnu/qt6/plugins
for f in $QT_PLUGINS/platforms/libqxcb.so $QT_PLUGINS/xcbglintegrations/libqxcb-glx-integration.so \
  $QT_PLUGINS/sqldrivers/libqsqlite.so $QT_PLUGINS/sqldrivers/libqsqlpsql.so \
  $QT_PLUGINS/imageformats/libqjpeg.so $QT_PLUGINS/imageformats/libqgif.so \
  /usr/lib/x86_64-linux-gnu/libsecret-1.so.0; do
  [ -f "$ROOT$f" ] || fail "$f is missing (QtKeychain and Qt load it at run time)"
done
in_root sh -c "for f in /usr/bin/kepler-console /usr/bin/kepler-platform /usr/bin/kepler-traffic \
    /usr/lib/x86_64-linux-gnu/libsecret-1.so.0 \$(find $QT_PLUGINS -name '*.so' | sort); do
    echo \"== \$f\"; ldd \"\$f\"; done" > "$OUT/ldd.txt" 2>&1
checked=$(grep -c '^== ' "$OUT/ldd.txt")
missing=$(awk '/^== / {f=$2} /not found/ {print "   " f ": " $1 " not found"}' "$OUT/ldd.txt")
if [ -n "$missing" ]; then
  echo "$missing"
  fail "ldd: a library is missing (build-pkg/check/ldd.txt)"
else
  echo "   $checked files (3 programs, libsecret, $(( checked - 4 )) Qt plugins): no library missing"
fi

# The service's command line as kepler-platform.service runs it (no systemd in the tree): its
# ExecStart read from the installed unit, its user, HOME, state folder, umask and environment
# (Environment= lines, then the EnvironmentFile); a free port instead of 8470, which the host may
# use. It refuses to start without a staff account, so the first administrator comes first.
echo "== kepler-platform as the unit runs it: HTTP, then SIGTERM"
cat > "$ROOT/tmp/run-service.sh" <<'SCRIPT'
set -u
rm -f /tmp/service.*
unit=/usr/lib/systemd/system/kepler-platform.service
value() { sed -n "s/^$1=//p" "$unit"; }
set -a
eval "$(value Environment)"
. "$(value EnvironmentFile | sed 's/^-//')"
set +a
KEPLER_LISTEN=127.0.0.1:0
user=$(value User) state=/var/lib/$(value StateDirectory)
install -d -o "$user" -g "$(value Group)" -m "$(value StateDirectoryMode)" "$state"
cd "$(value WorkingDirectory)"
umask "$(value UMask)"
echo "check-packages-admin-password" | runuser -u "$user" -- env HOME="$state" \
  kepler-platform user add admin --role admin --data "$state"
eval "set -- $(value ExecStart)"
echo "ExecStart: $*"
# systemd sends SIGTERM to the program itself, not to a runuser in between.
runuser -u "$user" -- env HOME="$state" sh -c 'echo $$ > /tmp/service.pid; exec "$@"' sh "$@" \
  > /tmp/service.out 2> /tmp/service.err &
pid=$!
for i in $(seq 1 120); do [ -s /tmp/service.out ] && break; sleep 1; done
url=$(head -n1 /tmp/service.out)
echo "url: $url"
port=${url##*:}; port=${port%%/*}
exec 3<>"/dev/tcp/127.0.0.1/$port"
printf 'GET /api/v1/health HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n' >&3
timeout 10 cat <&3 | tr -d '\r' | sed -n '1p;$p' | sed 's/^/health: /'
echo
exec 3<&-
kill -TERM "$(cat /tmp/service.pid)"
wait "$pid"
echo "exit code $?"
cat /tmp/service.err
ls -l "$state"
find / -xdev -user "$user" -not -path "$state*" -not -path /tmp/service.pid -print 2>/dev/null | sed 's/^/outside the state folder: /'
SCRIPT
in_root bash /tmp/run-service.sh > "$OUT/service.log" 2>&1 || true
grep -E "^(ExecStart|url|health|exit code|outside)|kepler.*\.db$" "$OUT/service.log" | sed 's/^/   /'
grep -q "^health: HTTP/1.1 200" "$OUT/service.log" || fail "the service did not answer GET /api/v1/health with 200"
grep -q "^exit code 0$" "$OUT/service.log" || fail "the service did not exit 0 on SIGTERM"
grep -Eq "^-rw------- .* kepler-platform kepler-platform .* kepler.db$" "$OUT/service.log" \
  || fail "no kepler.db (mode 600, owner kepler-platform) in /var/lib/kepler-platform"
if grep -q "^outside the state folder" "$OUT/service.log"; then fail "the service wrote outside its state folder"; fi

# The PostgreSQL driver loads (libqsqlpsql and libpq): with nothing listening, libpq itself answers.
echo "== the PostgreSQL driver: KEPLER_DB=postgresql://kepler@127.0.0.1:1/kepler"
in_root env KEPLER_DB=postgresql://kepler@127.0.0.1:1/kepler timeout 20 \
  kepler-platform --data /tmp/pg-check --listen 127.0.0.1:0 > "$OUT/psql-driver.log" 2>&1 || true
grep -m1 "^kepler-platform:" "$OUT/psql-driver.log" | sed 's/^/   /'
grep -q "Connection refused" "$OUT/psql-driver.log" || fail "QPSQL did not reach libpq (build-pkg/check/psql-driver.log)"

echo "== the tools for the check itself: xvfb xauth imagemagick x11-utils systemd"
in_root apt-get install -y --no-install-recommends xvfb xauth imagemagick x11-utils systemd \
  > "$OUT/install-tools.log" 2>&1

# The unit as systemd reads it (systemd came with the tools, the packages do not need it): no
# warning from verify, not enabled by the install, and its sandbox's exposure score.
UNIT=/usr/lib/systemd/system/kepler-platform.service
echo "== $UNIT"
if in_root env SYSTEMD_LOG_LEVEL=notice systemd-analyze verify "$UNIT" > "$OUT/unit-verify.txt" 2>&1 \
  && ! grep -q . "$OUT/unit-verify.txt"; then
  echo "   systemd-analyze verify: no warnings"
else
  sed 's/^/   /' "$OUT/unit-verify.txt"
  fail "systemd-analyze verify $UNIT"
fi
in_root systemd-analyze cat-config systemd/system/kepler-platform.service > "$OUT/unit.txt" 2>&1 \
  || fail "systemd-analyze cat-config kepler-platform.service"
grep -E "^(User|ExecStart|StateDirectory|WorkingDirectory|EnvironmentFile)=" "$OUT/unit.txt" | sed 's/^/   /'
enabled=$(in_root systemctl is-enabled kepler-platform.service 2>&1 || true)
echo "   systemctl is-enabled: $enabled"
[ "$enabled" = disabled ] || fail "kepler-platform.service is '$enabled' after the install, not disabled"
in_root systemd-analyze security --offline=true "$UNIT" 2>&1 | grep "Overall exposure" | sed 's/^/   /'

# The install path of a machine with systemd: purge (removes the data folder), then install again
# without the account, which postinst now makes with systemd-sysusers instead of useradd.
echo "== purge kepler-platform, then install it again with systemd present"
in_root apt-get purge -y kepler-platform > "$OUT/reinstall.log" 2>&1 || fail "apt-get purge kepler-platform"
if [ -e "$ROOT/var/lib/kepler-platform" ]; then fail "purge kept /var/lib/kepler-platform"; fi
in_root userdel kepler-platform
in_root sh -c 'cd /tmp/debs && apt-get install -y ./kepler-platform_*.deb' >> "$OUT/reinstall.log" 2>&1 \
  || fail "apt-get install ./kepler-platform_*.deb again"
grep "Creating user" "$OUT/reinstall.log" | sed 's/^/   systemd-sysusers: /'
in_root getent passwd kepler-platform | sed 's/^/   user: /' || fail "no user kepler-platform after the reinstall"

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
# What the running console loaded: Qt plugins, fonts, Qt's translations (mapped), libsecret.
grep -oE '/[^ ]*(qt6/plugins/|fonts/|qt6/translations/|libsecret)[^ ]*' /proc/\$pid/maps | sort -u > /tmp/loaded-$lang.txt
# The window as a desktop sees it: WM_CLASS for the .desktop file's StartupWMClass, and an icon.
for id in \$(xwininfo -root -children | awk '/kepler-console/ && / [0-9][0-9][0-9]+x[0-9]/ {print \$1}'); do
  xprop -id \$id WM_CLASS
  xprop -id \$id _NET_WM_ICON | head -c 60; echo
done > /tmp/window-$lang.txt 2>&1
timeout 30 kepler-console --demo --lang $lang > /tmp/second-$lang.log 2>&1
echo "second start exit code: \$?" >> /tmp/second-$lang.log
kill \$pid && echo "console still running after the second start" >> /tmp/console-$lang.log
wait \$pid
echo "console exit code: \$?" >> /tmp/console-$lang.log
SCRIPT
  in_root xvfb-run -a -s "-screen 0 1440x900x24" sh /tmp/run-demo.sh
  cp "$ROOT/tmp/$shot" "$ROOT/tmp/console-$lang.log" "$ROOT/tmp/second-$lang.log" "$ROOT/tmp/window-$lang.txt" \
    "$ROOT/tmp/loaded-$lang.txt" "$OUT/"
  sed 's/^/   window: /' "$OUT/window-$lang.txt"
  sed 's/^/   loaded: /' "$OUT/loaded-$lang.txt"
  echo "   $shot: $(convert "$OUT/$shot" -format '%wx%h, %k colours' info:)"
  sed 's/^/   second start: /' "$OUT/second-$lang.log"
  grep -q "platforms/libqxcb.so" "$OUT/loaded-$lang.txt" || fail "$lang: the console did not run on xcb"
  grep -q "WM_CLASS.*kepler-console" "$OUT/window-$lang.txt" || fail "$lang: no kepler-console window"
  grep -q "second start exit code: 0" "$OUT/second-$lang.log" || fail "$lang: the second start did not end with 0"
  grep -q "console still running" "$OUT/console-$lang.log" || fail "$lang: the console ended before the second start did"
  [ "$(convert "$OUT/$shot" -format '%k' info:)" -gt 1000 ] || fail "$lang: the screenshot is (nearly) empty"
}
echo "== kepler-console --demo under Xvfb"
run_demo en demo-en.png
run_demo zh_CN demo-zh_CN.png
grep -q "fonts/truetype/wqy\|fonts/opentype/noto" "$OUT/loaded-zh_CN.txt" || fail "zh_CN: the console loaded no CJK font"
grep -q "qtbase_zh_CN.qm" "$OUT/loaded-zh_CN.txt" || fail "zh_CN: the console did not load Qt's qtbase_zh_CN.qm"
echo "== done in $(( $(date +%s) - start )) s; results in $OUT"
if [ ${#FAILURES[@]} -gt 0 ]; then
  echo "check-packages: ${#FAILURES[@]} check(s) failed:"
  printf '   %s\n' "${FAILURES[@]}"
  exit 1
fi
echo "check-packages: every check passed"
