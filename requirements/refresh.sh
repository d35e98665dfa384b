#!/usr/bin/env bash
# Regenerate the hash-locked requirement files from pyproject.toml (see README, "Dependencies"):
#   requirements/refresh.sh                          keep today's versions where pyproject allows
#   requirements/refresh.sh --upgrade-package httpx  move one package (any uv pip compile option)
#   requirements/refresh.sh --upgrade                newest of everything (pins.txt still holds)
# test.txt is resolved first; app.txt and build.txt are constrained by it, so the three agree on
# every package they share. Needs PyPI; uses uv $UV_VERSION (installed into a throwaway venv if
# the uv on PATH is another version).
set -euo pipefail
cd "$(dirname "$0")/.."

UV_VERSION=0.13.8
uv=uv
if [ "$(uv --version 2>/dev/null | cut -d' ' -f2)" != "$UV_VERSION" ]; then
  tool=$(mktemp -d)
  trap 'rm -rf "$tool"' EXIT
  python3 -m venv "$tool" && "$tool/bin/pip" install -q "uv==$UV_VERSION"
  uv="$tool/bin/uv"
fi

lock() {  # OUT WHAT [uv pip compile arguments...]
  local out=$1 what=$2
  shift 2
  # stdin ("-"): pyproject's [build-system] requires (setuptools), pinned too so that
  # `pip install --no-deps --no-build-isolation -e .` builds with a hash-checked backend
  python3 -c 'import tomllib; print("\n".join(tomllib.load(open("pyproject.toml", "rb"))["build-system"]["requires"]))' |
    "$uv" pip compile --quiet --generate-hashes --python-version 3.11 \
      --python-platform x86_64-manylinux_2_36 -c requirements/pins.txt \
      --custom-compile-command requirements/refresh.sh -o "$out" pyproject.toml - "$@" "${options[@]}"
  { printf '# %s\n' "$what" \
      "Pinned for Linux x86_64 (glibc 2.36, Debian 12) and CPython 3.11: the CI and build machine." \
      "Install: pip install --require-hashes -r $out && pip install --no-deps --no-build-isolation -e ." \
      "Generated from pyproject.toml by requirements/refresh.sh: do not edit by hand."
    cat "$out"; } > "$out.tmp"
  mv "$out.tmp" "$out"
}

options=("$@")
lock requirements/test.txt "The app and its test extra: what CI (.ci/run) installs." --extra test
lock requirements/app.txt "The app's runtime dependencies (pip install .)." -c requirements/test.txt
lock requirements/build.txt "The app and PyInstaller: what packaging/build.py installs (no printer extra)." \
  requirements/build.in -c requirements/test.txt
