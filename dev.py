#!/usr/bin/env python3
"""Set up a local virtual environment on first use, then run the app or the tests.

    python3 dev.py run  [referral-desk arguments]   start the app on the sample directory
    python3 dev.py test [pytest arguments]          run the whole test suite
    python3 dev.py bench [KIND] [args]              run a benchmark: search (the default),
                                                    startup, keystroke, sheets, bundle,
                                                    exchange, load, edit, verification,
                                                    caseworker, pathway or update_steps
    python3 dev.py build                            build the desktop program with PyInstaller

Only the Python standard library is used here, so it works on a fresh machine.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
STAMP = VENV / ".installed"
BIN = VENV / ("Scripts" if os.name == "nt" else "bin")
PY = BIN / ("python.exe" if os.name == "nt" else "python")


def _wanted(extras: str) -> str:
    digest = hashlib.sha256((ROOT / "pyproject.toml").read_bytes()).hexdigest()
    return f"{digest} {extras}"


def ensure_venv(extras: str = "dev") -> None:
    """Create .venv and install the pinned project if pyproject.toml changed since."""
    if sys.version_info < (3, 11):  # noqa: UP036 - dev.py is run by whatever python3 there is
        sys.exit("Referral Desk needs Python 3.11 or newer.")
    if STAMP.exists() and STAMP.read_text().strip() == _wanted(extras):
        return
    if not PY.exists():
        print("Creating the virtual environment in .venv ...", flush=True)
        venv.EnvBuilder(with_pip=True).create(VENV)
    print("Installing Referral Desk and its pinned dependencies ...", flush=True)
    pip = [str(PY), "-m", "pip", "--disable-pip-version-check", "-q"]
    subprocess.run([*pip, "install", "-e", f".[{extras}]"], cwd=ROOT, check=True)
    STAMP.write_text(_wanted(extras))


# Shared libraries Qt loads at run time and the Debian packages that bring them.
# A desktop has them all; a bare Debian machine or container may not.
QT_LIBRARIES = {
    "GL": "libgl1",
    "EGL": "libegl1",
    "xkbcommon": "libxkbcommon0",
    "xkbcommon-x11": "libxkbcommon-x11-0",
    "xcb-cursor": "libxcb-cursor0",
    "fontconfig": "libfontconfig1",
    "freetype": "libfreetype6",
    "dbus-1": "libdbus-1-3",
    "glib-2.0": "libglib2.0-0",
    # the xcb platform plugin (a real X display; the tests use offscreen)
    "xcb-icccm": "libxcb-icccm4",
    "xcb-keysyms": "libxcb-keysyms1",
}
FONTS = {"/usr/share/fonts/truetype/dejavu": "fonts-dejavu-core"}
# Programs the tests run: the stock minisign proves our signatures interoperate.
TOOLS = {"minisign": "minisign"}
# The tests start a throw-away PostgreSQL cluster (the central database of issue 11);
# Debian keeps the server's programs in /usr/lib/postgresql/VERSION/bin.
POSTGRESQL = "postgresql"


def _has_postgresql_server() -> bool:
    return any(Path("/usr/lib/postgresql").glob("*/bin/initdb")) or bool(shutil.which("initdb"))


def ensure_system_libraries() -> None:
    """On Debian-like Linux, install what Qt and the tests need if it is missing (as root)."""
    if not sys.platform.startswith("linux") or not shutil.which("apt-get"):
        return
    import ctypes.util

    missing = [pkg for lib, pkg in QT_LIBRARIES.items() if ctypes.util.find_library(lib) is None]
    missing += [pkg for folder, pkg in FONTS.items() if not Path(folder).is_dir()]
    missing += [pkg for tool, pkg in TOOLS.items() if shutil.which(tool) is None]
    if not _has_postgresql_server():
        missing.append(POSTGRESQL)
    if not missing:
        return
    command = ["apt-get", "install", "-y", "--no-install-recommends", *missing]
    if os.geteuid() != 0:
        print("Qt and the tests need these Debian packages; please install them:", file=sys.stderr)
        print("  sudo " + " ".join(command), file=sys.stderr)
        return
    print(f"Installing the packages Qt and the tests need: {' '.join(missing)} ...", flush=True)
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    subprocess.run(["apt-get", "update", "-qq"], check=True, env=env)
    subprocess.run([*command, "-qq"], check=True, env=env, stdout=subprocess.DEVNULL)


def build_translations() -> None:
    """Compile resources/i18n/*.ts into the .qm files the app loads."""
    subprocess.run([str(PY), "-m", "referral_desk.i18n_build"], cwd=ROOT, check=True)


def main(argv: list[str]) -> int:
    command, rest = (argv[0], argv[1:]) if argv else ("run", [])
    if command == "run":
        ensure_system_libraries()
        ensure_venv()
        build_translations()
        return subprocess.call([str(PY), "-m", "referral_desk", *rest], cwd=ROOT)
    if command == "test":
        ensure_system_libraries()
        ensure_venv()
        build_translations()
        return subprocess.call([str(PY), "-m", "pytest", *rest], cwd=ROOT)
    if command == "bench":
        ensure_venv()
        build_translations()
        kinds = {
            path.stem[len("bench_") :] for path in (ROOT / "tests" / "bench").glob("bench_*.py")
        }
        which = rest.pop(0) if rest and rest[0] in kinds else "search"
        return subprocess.call(
            [str(PY), str(ROOT / "tests" / "bench" / f"bench_{which}.py"), *rest]
        )
    if command == "build":
        ensure_venv("dev,build")
        build_translations()
        return subprocess.call(
            [str(PY), "-m", "PyInstaller", "--noconfirm", "--clean", "build.spec"], cwd=ROOT
        )
    print(__doc__)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
