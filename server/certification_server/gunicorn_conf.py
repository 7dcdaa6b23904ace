"""gunicorn settings of `make serve` (scripts/serve.sh) and of the tests that start it.

Threaded workers (``gthread``): a client that sends its request slowly, or keeps a connection
open, holds one thread, not a whole worker, so a few slow clients cannot block the service for
everyone (the ``sync`` worker serves one connection at a time). Idle keep-alive connections
wait in the worker's poller, not in a thread. In production a buffering reverse proxy (nginx)
in front is still the real protection against many slow clients.

Environment: PORT (8000), BIND (127.0.0.1:$PORT), WORKERS (2), THREADS (8), TIMEOUT (30 s),
ACCESS_LOG (0; 1 logs every request to stdout).
"""

from __future__ import annotations

import os

bind = os.environ.get("BIND") or f"127.0.0.1:{os.environ.get('PORT', '8000')}"
workers = int(os.environ.get("WORKERS", "2"))
worker_class = "gthread"
threads = int(os.environ.get("THREADS", "8"))
timeout = int(os.environ.get("TIMEOUT", "30"))
graceful_timeout = 20
keepalive = 5
errorlog = "-"
accesslog = "-" if os.environ.get("ACCESS_LOG", "0") == "1" else None
wsgi_app = "certification_server.wsgi:application"
