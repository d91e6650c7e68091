"""``python -m tools.port PORT``: can ``make serve`` listen on 127.0.0.1:PORT? Silent if so.

Otherwise it prints one line saying why not and which command to run instead, and exits 1; the Makefile shows
that line before mkdocs serve could fail with a traceback. Standard library only: it runs with the build set.
"""

from __future__ import annotations

import errno
import socket
import sys

HOST = "127.0.0.1"
DEFAULT = 8000
LOOK_AHEAD = 20  # ports after PORT tried for a free one to suggest


def _bind_error(port: int, host: str = HOST) -> OSError | None:
    """Bind as mkdocs serve's server does (SO_REUSEADDR, so a port in TIME_WAIT is free); None if it can."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            s.bind((host, port))
        except OSError as exc:
            return exc
    return None


def _suggest(port: int) -> int:
    """The first free port after ``port``, or simply the next one when none of those is free."""
    for candidate in range(port + 1, min(port + 1 + LOOK_AHEAD, 65536)):
        if _bind_error(candidate) is None:
            return candidate
    return port + 1 if port < 65535 else DEFAULT + 1


def problem(value: str, host: str = HOST) -> str | None:
    """Why ``make serve PORT=value`` cannot start, in one line; None when it can."""
    if not value.isdigit() or not 0 < int(value) < 65536:
        return f"PORT={value!r} is not a port number (1-65535): choose one, for example 'make serve PORT={DEFAULT + 1}'"
    port = int(value)
    error = _bind_error(port, host)
    if error is None:
        return None
    other = f"'make serve PORT={_suggest(port)}'"
    if error.errno == errno.EADDRINUSE:
        return (
            f"port {port} is busy: another program (another 'make serve'?) listens on {host}:{port} - "
            f"stop it, or choose another port with {other}"
        )
    return f"cannot listen on {host}:{port} ({error.strerror}) - choose another port with {other}"


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    message = problem(args[0] if args else str(DEFAULT))
    if message:
        print(message)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
