# Sourced by the benchmark scripts (bench/docx.sh, bench/pdf.sh, bench/pack.sh): the parts they
# share. Each script sets `out` (its folder under target/bench/) before calling these.

say() { printf '\n== %s\n' "$*"; }

# bench_install COMMAND=PACKAGE ...: installs with apt-get the Debian packages whose command is
# missing (COMMAND "time" means /usr/bin/time, which the shell's keyword hides).
bench_install() {
  local missing=() pair cmd
  for pair in "$@"; do
    cmd="${pair%%=*}"
    if [ "$cmd" = time ]; then
      [ -x /usr/bin/time ] || missing+=("${pair#*=}")
    else
      command -v "$cmd" >/dev/null || missing+=("${pair#*=}")
    fi
  done
  if [ ${#missing[@]} -gt 0 ]; then
    say "installing ${missing[*]}"
    local sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
  fi
}

# bench_machine: the machine, the tools compared (pandoc, LibreOffice where installed) and the
# commit measured.
bench_machine() {
  say "machine and sources"
  echo "cores: $(nproc); CPU: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//')"
  echo "memory: $(free -g | awk '/^Mem:/ { print $2 }') GiB; $(java -version 2>&1 | head -1)"
  echo "$(pandoc --version | head -1) ($(dpkg-query -W -f '${Package} ${Version}' pandoc 2>/dev/null || echo 'not from a Debian package'))"
  if command -v soffice >/dev/null; then
    echo "$(soffice --version 2>/dev/null | head -1)"
  fi
  echo "load average before the runs: $(cut -d' ' -f1-3 /proc/loadavg)"
  if git rev-parse --git-dir >/dev/null 2>&1; then
    local dirty=""
    [ -z "$(git status --porcelain -- src/main pom.xml locales templates glasnik)" ] \
      || dirty=" with uncommitted changes in src/main, pom.xml, locales, templates or the launcher"
    echo "glasnik: commit $(git rev-parse --short HEAD)$dirty"
  fi
}

# bench_build TITLE: `mvn package` without tests, the log in $out/build.log; stops on failure.
bench_build() {
  say "$1"
  if ! mvn -B -Dstyle.color=never -DskipTests package >"$out/build.log" 2>&1; then
    grep -E 'ERROR|BUILD' "$out/build.log" | head -20 >&2
    echo "bench: the build failed; the whole log is in $out/build.log" >&2
    exit 1
  fi
}
