# Complaint Desk build. `make run` and `make test` install what they need on a fresh
# Debian/Ubuntu machine by themselves (apt packages, with sudo when not root).
SHELL := /bin/bash
export CGO_ENABLED := 1
export GOFLAGS := -tags=sqlite_fts5

SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
APT_PACKAGES := gcc pkg-config libgl1-mesa-dev libx11-dev libxcursor-dev libxrandr-dev \
	libxinerama-dev libxi-dev libxxf86vm-dev dovecot-imapd poppler-utils xvfb xdotool imagemagick \
	fonts-wqy-zenhei fonts-arphic-uming

# The Windows targets' own tools, installed only when one of them runs.
APT_PACKAGES_WINDOWS := gcc-mingw-w64-x86-64 wixl imagemagick
APT_PACKAGES_WINDOWS_SMOKE := wine wine64 xvfb xauth xdotool libgl1-mesa-dri imagemagick

.PHONY: deps run demo build test vet bench fuzz screenshots

# Installs the missing apt packages only; a second run does nothing.
deps:
	@missing=""; for p in $(APT_PACKAGES); do \
		dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
		echo "installing:$$missing"; \
		$(SUDO) apt-get update -qq && \
		DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq --no-install-recommends $$missing; \
	fi

build: deps
	go build -o bin/ ./cmd/...

run: build
	./bin/complaintdesk

demo: build
	./bin/complaintctl demo --complaints 300

vet: deps
	test -z "$$(gofmt -l cmd ui data mailintake letters assets)" || (gofmt -l cmd ui data mailintake letters assets; exit 1)
	go vet ./...

test: vet
	go test -count=1 -timeout 20m ./...

# Benchmarks: the store on 100,000 complaints, mail import against a local Dovecot, letters.
bench: deps
	go test -run '^$$' -bench . -benchtime 3x -timeout 60m ./data/... ./letters/...
	go test -run '^$$' -bench . -benchtime 1x ./mailintake/...

# Fuzzes the mail parser, the reading of Outlook .msg and mbox files, the storing of what the
# parser decodes, the reading of a writer's contact from any text, then the reading of damaged
# fonts the letters may borrow from, a minute each (FUZZTIME=10m for longer). An Outlook file is
# large for the fuzzer (and a forward carrying one for the parser): what they find is minimised
# briefly.
FUZZTIME ?= 60s
fuzz: deps
	go test -run '^$$' -fuzz '^FuzzParse$$' -fuzztime $(FUZZTIME) -fuzzminimizetime 5s ./mailintake/decode/
	go test -run '^$$' -fuzz '^FuzzFromOutlook$$' -fuzztime $(FUZZTIME) -fuzzminimizetime 2s ./mailintake/decode/
	go test -run '^$$' -fuzz '^FuzzSplitMbox$$' -fuzztime $(FUZZTIME) ./mailintake/
	go test -run '^$$' -fuzz '^FuzzImport$$' -fuzztime $(FUZZTIME) ./mailintake/
	go test -run '^$$' -fuzz '^FuzzContact$$' -fuzztime $(FUZZTIME) ./data/contact/
	go test -run '^$$' -fuzz '^FuzzFont$$' -fuzztime $(FUZZTIME) -fuzzminimizetime 5s ./letters/

# --- Windows ---------------------------------------------------------------------------
# Cross-built here with mingw-w64; the installer is made by wixl (msitools); the start-up
# check runs the .exe under Wine. Build tools are pinned and kept in build/tools.
FYNE_VERSION := v1.7.4
GO_WINRES_VERSION := v0.3.3
FYNE := build/tools/fyne-$(FYNE_VERSION)/fyne
GO_WINRES := build/tools/go-winres-$(GO_WINRES_VERSION)/go-winres
APP_VERSION := $(shell sed -n 's/^[[:space:]]*Version[[:space:]]*=[[:space:]]*"\(.*\)"/\1/p' FyneApp.toml)
MSI := dist/ComplaintDesk-$(APP_VERSION)-x64.msi

.PHONY: deps-windows deps-windows-smoke windows msi windows-smoke

deps-windows:
	@$(MAKE) --no-print-directory deps APT_PACKAGES="$(APT_PACKAGES_WINDOWS)"

deps-windows-smoke:
	@$(MAKE) --no-print-directory deps APT_PACKAGES="$(APT_PACKAGES_WINDOWS_SMOKE)"

# Host tools, built for this machine whatever GOOS the caller has set; they need no C.
$(FYNE):
	CGO_ENABLED=0 GOOS= GOARCH= GOBIN=$(CURDIR)/$(@D) go install fyne.io/tools/cmd/fyne@$(FYNE_VERSION)

$(GO_WINRES):
	CGO_ENABLED=0 GOOS= GOARCH= GOBIN=$(CURDIR)/$(@D) go install github.com/tc-hib/go-winres@$(GO_WINRES_VERSION)

windows: deps-windows $(FYNE) $(GO_WINRES)
	assets/windows/build.sh $(FYNE) $(GO_WINRES)

msi: windows
	assets/windows/msi.sh $(MSI)

windows-smoke: msi deps-windows-smoke
	assets/windows/smoke/run.sh $(MSI)

# PNGs of every screen of the real window under Xvfb, in build/screenshots/.
screenshots: build
	bash ui/screenshots.sh
