"""WSGI entry point used by gunicorn (``certification_server.wsgi:application``)."""

import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "certification_server.settings")

application = get_wsgi_application()
