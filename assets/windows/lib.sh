# shellcheck shell=bash
# Sourced by the Windows build scripts, which set $root to the repository.
: "${root:?}"

# meta KEY prints the value of KEY in FyneApp.toml ([Details] Name, ID, Version, Build) and
# fails when it is missing.
meta() {
	local value
	value=$(sed -n "s/^[[:space:]]*$1[[:space:]]*=[[:space:]]*\"\{0,1\}\([^\"]*\)\"\{0,1\}[[:space:]]*$/\1/p" \
		"$root/FyneApp.toml" | head -n 1)
	if [ -z "$value" ]; then
		echo "FyneApp.toml has no $1" >&2
		return 1
	fi
	echo "$value"
}
