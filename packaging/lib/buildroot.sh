# shellcheck shell=bash
# Shared by packaging/run and packaging/test: makes sure the Debian 13 packages that Leitstand
# needs are there, and runs commands where they are.
#
# On a Debian 13 (or newer) host the packages are installed with apt directly. On an older host
# (Debian 12 has no KF6) a Debian 13 root is made with debootstrap under $LEITSTAND_CACHE
# (default /var/cache/leitstand), named by a hash of packaging/buildroot-packages.txt, and every
# command runs inside it through `unshare --mount` + chroot, with the checkout, /tmp and $HOME
# bind-mounted at the same paths. The mounts live in a private mount namespace, so none of them
# outlives the command.

set -euo pipefail

LS_CHECKOUT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd -P)
LS_PACKAGE_LIST="$LS_CHECKOUT/packaging/buildroot-packages.txt"
LS_CACHE=${LEITSTAND_CACHE:-/var/cache/leitstand}
LS_SUITE=trixie
LS_READY_MARK=.leitstand-ready

ls_say() { printf 'leitstand: %s\n' "$*" >&2; }
ls_die() {
    ls_say "error: $*"
    exit 1
}

# Creating a root and installing packages needs root; everything else runs as the caller.
ls_as_root() {
    if [ "$(id -u)" -eq 0 ]; then
        "$@"
    elif command -v sudo >/dev/null; then
        sudo -- "$@"
    else
        ls_die "this step needs root and sudo is not installed: run as root"
    fi
}

ls_packages() { sed -e 's/#.*//' -e 's/[[:space:]]//g' -e '/^$/d' "$LS_PACKAGE_LIST"; }

ls_host_is_new_enough() {
    [ -r /etc/os-release ] || return 1
    local id version codename
    id=$(. /etc/os-release && echo "${ID:-}")
    version=$(. /etc/os-release && echo "${VERSION_ID:-}")
    codename=$(. /etc/os-release && echo "${VERSION_CODENAME:-}")
    [ "$id" = debian ] || return 1
    case "$codename" in trixie | forky | duke | sid) return 0 ;; esac
    [ -n "$version" ] && [ "${version%%.*}" -ge 13 ] 2>/dev/null
}

ls_native() {
    [ "${LEITSTAND_NATIVE:-}" = 1 ] && return 0
    [ "${LEITSTAND_NATIVE:-}" = 0 ] && return 1
    ls_host_is_new_enough
}

ls_root_dir() {
    local hash
    hash=$(ls_packages | sha256sum | cut -c1-12)
    printf '%s/root-%s-%s\n' "$LS_CACHE" "$LS_SUITE" "$hash"
}

# Packages whose postinst would start servers or create clusters must not do so in a build root:
# the tests start their own servers on 127.0.0.1 with their own data directories.
ls_write_root_policy() {
    local root=$1
    mkdir -p "$root/usr/sbin" "$root/etc/postgresql-common" "$root/etc/dpkg/dpkg.cfg.d"
    printf '#!/bin/sh\nexit 101\n' >"$root/usr/sbin/policy-rc.d"
    chmod 755 "$root/usr/sbin/policy-rc.d"
    printf 'create_main_cluster = false\n' >"$root/etc/postgresql-common/createcluster.conf"
    # Documentation is not needed in a build root and is a third of its size.
    printf 'path-exclude /usr/share/doc/*\npath-exclude /usr/share/man/*\npath-exclude /usr/share/info/*\n' \
        >"$root/etc/dpkg/dpkg.cfg.d/01-leitstand-nodoc"
    cp /etc/resolv.conf "$root/etc/resolv.conf" 2>/dev/null || true
}

ls_mounted_below() { grep -q " $1[/ ]" /proc/self/mountinfo; }

ls_install_into_root() {
    local root=$1
    # shellcheck disable=SC2046
    unshare --mount --propagation private -- chroot "$root" /bin/sh -c '
        set -e
        mount -t proc proc /proc
        export DEBIAN_FRONTEND=noninteractive LC_ALL=C.UTF-8
        apt-get update -q
        apt-get install -y -q --no-install-recommends "$@"
        sed -i -e "s/^# *\(de_DE.UTF-8\)/\1/" -e "s/^# *\(en_US.UTF-8\)/\1/" -e "s/^# *\(en_GB.UTF-8\)/\1/" /etc/locale.gen
        locale-gen
        apt-get clean
    ' sh locales $(ls_packages)
}

ls_create_root() {
    local root=$1
    mkdir -p "$LS_CACHE"
    if [ -e "$root" ] && [ ! -e "$root/$LS_READY_MARK" ]; then
        ls_mounted_below "$root" && ls_die "$root is half made but still mounted; unmount it first"
        ls_say "removing the half-made build root $root"
        rm -rf --one-file-system "$root"
    fi
    [ -e "$root/$LS_READY_MARK" ] && return 0

    command -v debootstrap >/dev/null || {
        ls_say "installing debootstrap on the host"
        apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q debootstrap
    }
    ls_say "creating the Debian 13 build root $root (a few minutes, once)"
    local started=$SECONDS
    debootstrap --variant=minbase "$LS_SUITE" "$root" >"$LS_CACHE/debootstrap.log" 2>&1 ||
        ls_die "debootstrap failed; see $LS_CACHE/debootstrap.log"
    ls_write_root_policy "$root"
    ls_install_into_root "$root"
    date -u +%FT%TZ >"$root/$LS_READY_MARK"
    ls_say "build root ready in $((SECONDS - started)) s"

    # Roots of older package lists are of no use any more and take gigabytes each.
    # A root still in use holds a shared lock on its ready mark (see ls_exec) and is left alone.
    local old
    for old in "$LS_CACHE"/root-*; do
        [ "$old" != "$root" ] && [ -d "$old" ] || continue
        ls_mounted_below "$old" && continue
        if [ -e "$old/$LS_READY_MARK" ]; then
            flock --exclusive --nonblock "$old/$LS_READY_MARK" rm -rf --one-file-system "$old" || true
        else
            rm -rf --one-file-system "$old"
        fi
    done
}

ls_install_native() {
    local missing=() pkg
    for pkg in $(ls_packages); do
        dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed' || missing+=("$pkg")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    ls_say "installing ${#missing[@]} missing packages: ${missing[*]}"
    apt-get update -q
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}"
}

# Makes sure everything is installed. Takes a lock so that two runs never build one root at once.
ls_setup() {
    if ls_native; then
        ls_as_root bash -c "source '$LS_CHECKOUT/packaging/lib/buildroot.sh' && ls_install_native"
        return
    fi
    local root
    root=$(ls_root_dir)
    [ -e "$root/$LS_READY_MARK" ] && return 0
    ls_as_root bash -c "source '$LS_CHECKOUT/packaging/lib/buildroot.sh' && mkdir -p '$LS_CACHE' &&
        exec 9>'$LS_CACHE/.lock' && flock 9 && ls_create_root '$root'"
}

# Runs a command in the build environment, in the current directory, as the calling user.
ls_exec() {
    if ls_native; then
        "$@"
        return
    fi
    local root uid gid home
    root=$(ls_root_dir)
    uid=$(id -u)
    gid=$(id -g)
    home=${HOME:-/root}
    local envs=(PATH=/usr/local/bin:/usr/bin:/bin:/usr/local/sbin:/usr/sbin:/sbin "HOME=$home"
        "USER=${USER:-$(id -un)}" "LEITSTAND_BUILDROOT=$root")
    local name
    for name in $(compgen -e); do
        case "$name" in
        DISPLAY | XAUTHORITY | WAYLAND_DISPLAY | XDG_RUNTIME_DIR | TERM | LANG | LANGUAGE | LC_* | TZ | CI | \
            QT_* | LEITSTAND_* | CTEST_* | CMAKE_BUILD_PARALLEL_LEVEL | ASAN_OPTIONS | UBSAN_OPTIONS)
            envs+=("$name=${!name}")
            ;;
        esac
    done
    # shellcheck disable=SC2016
    ls_as_root flock --shared "$root/$LS_READY_MARK" unshare --mount --propagation private -- /bin/bash -c '
        set -e
        root=$1 checkout=$2 home=$3 cwd=$4 uid=$5 gid=$6
        shift 6
        mount -t proc proc "$root/proc"
        mount --rbind /dev "$root/dev"
        mount --rbind /sys "$root/sys"
        mount --bind /tmp "$root/tmp"
        mkdir -p "$root$checkout"
        mount --bind "$checkout" "$root$checkout"
        if [ -d "$home" ] && [ "$home" != / ]; then
            mkdir -p "$root$home"
            mount --bind "$home" "$root$home"
        fi
        cp /etc/resolv.conf "$root/etc/resolv.conf" 2>/dev/null || true
        if [ "$uid" -eq 0 ]; then drop=(); else drop=(setpriv --reuid="$uid" --regid="$gid" --clear-groups); fi
        exec chroot "$root" "${drop[@]}" /bin/bash -c "cd \"\$0\" 2>/dev/null || cd \"\$HOME\"; exec env -i \"\$@\"" "$cwd" "$@"
    ' bash "$root" "$LS_CHECKOUT" "$home" "$PWD" "$uid" "$gid" "${envs[@]}" "$@"
}
