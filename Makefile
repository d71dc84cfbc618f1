# Complaint Desk build. `make run` and `make test` install what they need on a fresh
# Debian/Ubuntu machine by themselves (apt packages, with sudo when not root).
SHELL := /bin/bash
export CGO_ENABLED := 1
export GOFLAGS := -tags=sqlite_fts5

SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
APT_PACKAGES := gcc pkg-config libgl1-mesa-dev libx11-dev libxcursor-dev libxrandr-dev \
	libxinerama-dev libxi-dev libxxf86vm-dev dovecot-imapd poppler-utils xvfb xdotool imagemagick

.PHONY: deps run demo build test vet bench screenshots

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

bench: deps
	go test -run '^$$' -bench . -benchtime 3x ./data/...
