"""Run the timeline dashboard: ``python app.py [--host 127.0.0.1] [--port 8050]``.

Binds to localhost by default and never runs in debug mode: the debugger executes code.
"""

from __future__ import annotations

import argparse

from dashboard import create_app


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description="Show the default article's timeline.")
    parser.add_argument("--host", default="127.0.0.1", help="address to bind (default 127.0.0.1)")
    parser.add_argument("--port", type=int, default=8050, help="port to listen on (default 8050)")
    args = parser.parse_args(argv)
    create_app().run(host=args.host, port=args.port, debug=False)


if __name__ == "__main__":
    main()
