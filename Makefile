# One command for each chore. `make run` and `make test` set up everything they need.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
PIP := $(BIN)/python -m pip --disable-pip-version-check --quiet
# Extra arguments for the app, e.g. make run ARGS="--lang it"
ARGS ?=
# Extra arguments for the benchmark, e.g. make bench BENCH_ARGS="--runs 30"
BENCH_ARGS ?=

# The languages the app ships, from the package (importing it imports no Qt); read only by the
# targets that use them.
LANGS = $(or $(shell PYTHONPATH=gui $(PYTHON) -c 'import billing_contact; print(*billing_contact.LANGUAGES)'),\
	$(error cannot read LANGUAGES from gui/billing_contact/__init__.py with $(PYTHON)))
TS = $(foreach l,$(LANGS),i18n/billing_contact_$(l).ts)
QM_DIR := gui/billing_contact/translations
SOURCES := $(wildcard gui/billing_contact/*.py gui/billing_contact/*/*.py)
WORKFLOWS := $(wildcard .github/workflows/*.yml)

.PHONY: help run test test-fast lint typecheck pytest workflows i18n-update i18n random-walks screenshots screenshots-all \
	icons desktop-files settings-docs bump-version bundle deb package-check clean-install-check windows-installer dmg bench bench-size \
	orca-check system-deps clean

## help: list every chore, with what it does (the default)
help:
	@sed -n 's/^## \([a-z0-9-]*\): \(.*\)/\1\t\2/p' $(MAKEFILE_LIST) | expand -t 20

## run: set up and start the app
run: $(VENV)/.app-installed
	@tools/system-deps run
	$(BIN)/python -m billing_contact $(ARGS)

## test: set up and run every check: ruff, mypy, the CI workflows, pytest
test: $(VENV)/.dev-installed
	@tools/system-deps test
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy
	$(BIN)/check-jsonschema --builtin-schema vendor.github-workflows $(WORKFLOWS)
	$(BIN)/check-jsonschema --builtin-schema vendor.dependabot .github/dependabot.yml
	$(BIN)/actionlint $(WORKFLOWS)
	$(BIN)/python -m pytest $(PYTEST_ARGS)

## test-fast: set up and run the Qt-free and the UI tests (tests/unit, tests/ui) on every core: under a minute
test-fast: $(VENV)/.dev-installed
	@tools/system-deps run
	HYPOTHESIS_PROFILE=fast $(BIN)/python -m pytest -n auto tests/unit tests/ui $(PYTEST_ARGS)

## lint: ruff's checks and its formatting
lint: $(VENV)/.dev-installed
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

## typecheck: mypy (strict for the Qt-free folders)
typecheck: $(VENV)/.dev-installed
	$(BIN)/mypy

## pytest: every test and nothing else, e.g. make pytest PYTEST_ARGS="tests/ui/test_pages.py -k fits"
pytest: $(VENV)/.dev-installed
	$(BIN)/python -m pytest $(PYTEST_ARGS)

## workflows: check .github/workflows/ and dependabot.yml against GitHub's schemas, the workflows with actionlint
workflows: $(VENV)/.dev-installed
	$(BIN)/check-jsonschema --builtin-schema vendor.github-workflows $(WORKFLOWS)
	$(BIN)/check-jsonschema --builtin-schema vendor.dependabot .github/dependabot.yml
	$(BIN)/actionlint $(WORKFLOWS)

## i18n-update: refresh the catalogs in i18n/ from the source (then translate what is new)
# English is the source language: its catalog holds only plural forms, as Qt recommends.
i18n-update: $(VENV)/.app-installed
	$(BIN)/pyside6-lupdate -no-obsolete $(SOURCES) -ts $(filter-out %_en.ts,$(TS))
	$(BIN)/pyside6-lupdate -no-obsolete -pluralonly -source-language en $(SOURCES) -ts i18n/billing_contact_en.ts

## i18n: compile the catalogs into the package (the app loads these .qm files)
i18n: $(VENV)/.app-installed
	@mkdir -p $(QM_DIR)
	@for l in $(LANGS); do \
		$(BIN)/pyside6-lrelease -silent i18n/billing_contact_$$l.ts -qm $(QM_DIR)/billing_contact_$$l.qm || exit 1; \
	done

## random-walks: the long run of the random-walk test, 20,000 walks (CI runs 500)
random-walks: $(VENV)/.dev-installed
	HYPOTHESIS_PROFILE=long $(BIN)/python -m pytest -q -rP tests/ui/test_random_walks.py --hypothesis-show-statistics

## screenshots: the README's screenshots, from the real app, into docs/screenshots/
screenshots: $(VENV)/.app-installed
	$(BIN)/python tools/screenshots.py docs/screenshots

## screenshots-all: every page of every path in every language, for review, into build/screenshots/
screenshots-all: $(VENV)/.app-installed
	$(BIN)/python tools/screenshots.py --all build/screenshots

## icons: render every app icon size (hicolor PNGs, .ico, .icns) from resources/icons/<app id>.svg
icons: $(VENV)/.app-installed
	$(BIN)/python packaging/make_icons.py

## bump-version: make bump-version VERSION=X.Y.Z sets __version__ and every copy of it (changelog, Windows, listing)
bump-version:
	$(PYTHON) packaging/bump_version.py "$(VERSION)"

## desktop-files: the desktop entry, metainfo and installer texts from resources/listing.json
desktop-files:
	$(PYTHON) packaging/make_desktop_files.py

## settings-docs: the README's table of organization settings, resources/organization.conf, the Group Policy templates and the macOS profile, from settings.SETTINGS
settings-docs: $(VENV)/.app-installed
	$(BIN)/python packaging/make_settings_docs.py

## bundle: the trimmed one-folder PyInstaller bundle, dist/billing-contact-assistant/ (own venv)
bundle:
	PYTHON=$(PYTHON) packaging/build-bundle

## deb: the Debian package of the bundle, dist/billing-contact-assistant_<version>_<arch>.deb
deb: bundle
	@tools/system-deps package
	packaging/build-deb

## package-check: build both, install the .deb, run and photograph it, purge it (root; slow)
package-check: $(VENV)/.dev-installed
	packaging/package-check

## clean-install-check: the .deb in fresh Debian 12 and 13 chroots: install, print, validate, purge (root)
clean-install-check:
	@ls dist/billing-contact-assistant_*.deb >/dev/null 2>&1 || $(MAKE) deb
	tools/clean-install-check "$$(ls -t dist/billing-contact-assistant_*.deb | head -n 1)" bookworm
	tools/clean-install-check "$$(ls -t dist/billing-contact-assistant_*.deb | head -n 1)" trixie

## windows-installer: on Windows (Git Bash, Inno Setup 6.3+), dist/billing-contact-assistant-<version>-setup.exe
windows-installer: bundle
	packaging/build-windows-installer

## dmg: on macOS, dist/billing-contact-assistant-<version>-universal.dmg
dmg: bundle
	packaging/build-dmg

## bench: start-up and memory against a minimal QWizard, and the app's own timings (benchmarks/)
bench: $(VENV)/.dev-installed build/bench-frozen/.built
	@tools/system-deps run
	$(BIN)/python benchmarks/run.py $(BENCH_ARGS)

# The app, the baseline wizard and the content floor frozen the same way (the bundle's spec),
# each with benchmarks/first_show.py as a runtime hook, for make bench's frozen start-up lines.
build/bench-frozen/.built: packaging/billing-contact-assistant.spec benchmarks/first_show.py \
		benchmarks/baseline_wizard.py benchmarks/first_page_floor.py $(SOURCES)
	[ -x build/bundle-venv/bin/pyinstaller ] || PYTHON=$(PYTHON) packaging/build-bundle
	build/bundle-venv/bin/python -m pip --disable-pip-version-check --quiet install --no-deps --force-reinstall .
	for script in packaging/launcher.py benchmarks/baseline_wizard.py benchmarks/first_page_floor.py; do \
		BENCH_RUNTIME_HOOK=$(CURDIR)/benchmarks/first_show.py \
		BENCH_SCRIPT=$$( [ $$script = packaging/launcher.py ] || echo $(CURDIR)/$$script ) \
		build/bundle-venv/bin/pyinstaller --noconfirm --log-level ERROR --distpath build/bench-frozen/dist \
			--workpath build/bench-frozen/work packaging/billing-contact-assistant.spec || exit 1; \
	done
	@touch $@

## bench-size: the bundle's and the .deb's size against an untrimmed minimal QWizard bundle
bench-size: deb
	build/bundle-venv/bin/python benchmarks/bench_size.py

## orca-check: what Orca has speech-dispatcher say along one walk, in English and Italian, into build/orca-check/; fails on silence
orca-check: $(VENV)/.app-installed
	@tools/system-deps orca
	$(BIN)/python tools/orca_check.py build/orca-check

## system-deps: the Debian packages the tests need (Xvfb, the AT-SPI bus, packaging tools; root)
system-deps:
	tools/system-deps test

$(BIN)/python:
	@tools/system-deps run
	$(PYTHON) -m venv $(VENV)

$(VENV)/.app-installed: $(BIN)/python pyproject.toml constraints.txt
	$(PIP) install -c constraints.txt -e .
	@touch $@

$(VENV)/.dev-installed: $(BIN)/python pyproject.toml constraints.txt
	$(PIP) install -c constraints.txt -e '.[dev]'
	@touch $@ $(VENV)/.app-installed

## clean: remove the venv and everything built
clean:
	rm -rf $(VENV) build dist .mypy_cache .pytest_cache .ruff_cache
