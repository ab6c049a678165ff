# The two commands the README starts with: `make run` and `make test`.
# uv is bootstrapped from PyPI when the machine has none.

UV ?= $(shell command -v uv 2>/dev/null || echo $(HOME)/.local/bin/uv)
PYTEST_ARGS ?=

.PHONY: run test lint typecheck pytest sync system-packages

run: sync
	$(UV) run ungeoverblik run

test: system-packages sync lint typecheck pytest

lint:
	$(UV) run ruff format --check .
	$(UV) run ruff check .

typecheck:
	$(UV) run mypy

pytest:
	mkdir -p test-results
	$(UV) run pytest --junitxml=test-results/junit.xml $(PYTEST_ARGS)

sync: $(UV)
	$(UV) sync

system-packages:
	scripts/install-system-packages

$(UV):
	python3 -m pip install --user --quiet uv \
		|| python3 -m pip install --user --quiet --break-system-packages uv
