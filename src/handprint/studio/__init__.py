"""handprint studio: edit handouts in the browser.

    python render.py studio [FOLDER] [--port N] [--no-browser] [--host H]

A local web app (Flask, served by Werkzeug's threaded server) bound to 127.0.0.1 unless told
otherwise. Ctrl-C stops it.
"""

from __future__ import annotations

import sys
import threading
import webbrowser
from pathlib import Path

LOCAL = ("127.0.0.1", "localhost")


def serve(folder: Path, host: str = "127.0.0.1", port: int = 0):
    """A running server (in a thread) and its address; for tests and main()."""
    from werkzeug.serving import make_server

    from .app import create
    from .guard import Guard

    guard = Guard(host, port)
    server = make_server(host, port, create(folder, guard), threaded=True)
    guard.port = server.server_port
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    shown = f"[{host}]" if ":" in host else host
    return server, f"http://{shown}:{guard.port}/", guard


def main(folder: Path, port: int = 8642, host: str = "127.0.0.1",
         browser: bool = True) -> int:
    if not folder.is_dir():
        print(f"handprint: {folder}: no such folder", file=sys.stderr)
        return 2
    if host not in LOCAL:
        print(f"handprint: warning: --host {host} lets other computers on the network reach "
              "the studio and edit these files; use it only on a network you trust",
              file=sys.stderr)
    try:
        server, url, _ = serve(folder, host, port)
    except OSError as e:
        print(f"handprint: cannot listen on {host}:{port}: {e.strerror or e} "
              "(try another --port)", file=sys.stderr)
        return 2
    print(f"handprint studio: {url}  (editing {folder}/; Ctrl-C stops it)", flush=True)
    if browser:
        webbrowser.open(url)
    try:
        threading.Event().wait()
    except KeyboardInterrupt:
        print("\nhandprint studio: stopped", file=sys.stderr)
    finally:
        server.shutdown()
        server.server_close()
    return 0
