#!/usr/bin/env bash
# Installs the Debian/Ubuntu packages PVI Studio needs to build, test and run, but only those that
# are missing. Safe to call on every `make`: with everything present it only asks dpkg.
set -euo pipefail

packages=(
    build-essential cmake ninja-build pkg-config ccache
    qt6-base-dev libqt6opengl6-dev qt6-charts-dev qt6-svg-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    libgl-dev libboost-math-dev libsqlite3-dev libnlopt-cxx-dev libeigen3-dev libssl-dev
    libxlsxwriter-dev libzip-dev zlib1g-dev
    sqlite3 time xvfb xauth poppler-utils fonts-dejavu-core qt6-qpa-plugins unzip
)

# `deps.sh fuzz`: also the compiler and runtime of the libFuzzer harnesses (make fuzz).
if [[ "${1:-}" == fuzz ]]; then
    packages+=(clang-14 libclang-rt-14-dev)
fi
# `deps.sh bench`: also Debian's SciPy, pandas and mpmath, the lifetime-value fit's peer
# (make bench; it runs /usr/bin/python3, whatever python3 comes first on the PATH).
if [[ "${1:-}" == bench ]]; then
    packages+=(python3-scipy python3-numpy python3-pandas python3-mpmath)
fi

missing=()
for p in "${packages[@]}"; do
    status=$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null || true)
    [[ "$status" == "install ok installed" ]] || missing+=("$p")
done
[[ ${#missing[@]} -eq 0 ]] && exit 0

echo "Installing missing packages: ${missing[*]}"
sudo_cmd=()
[[ $(id -u) -eq 0 ]] || sudo_cmd=(sudo)
"${sudo_cmd[@]}" apt-get update -qq
DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
