# One entry point for set-up, demo, tests and benchmarks. `make demo` and `make test` do
# all the set-up themselves (Debian packages, venv, pinned Python packages).
SHELL := /bin/bash
VENV ?= .venv
PY := $(VENV)/bin/python
PORT ?= 8000
export QT_QPA_PLATFORM ?= offscreen

.PHONY: setup venv serve test test-core test-server test-plugin

setup: $(VENV)/.installed

$(VENV)/.installed: requirements-server.txt requirements-dev.txt scripts/install-system-packages.sh
	bash scripts/install-system-packages.sh
	test -x $(PY) || /usr/bin/python3 -m venv --system-site-packages $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -r requirements-dev.txt
	touch $@

serve: setup
	PORT=$(PORT) bash scripts/serve.sh

test: setup
	$(PY) -m pytest tests

test-core: setup
	$(PY) -m pytest tests/core

test-server: setup
	$(PY) -m pytest tests/server

test-plugin: setup
	$(PY) -m pytest tests/plugin
