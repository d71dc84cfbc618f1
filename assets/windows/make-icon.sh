#!/usr/bin/env bash
# Redraws assets/icon.png (512×512): a white speech bubble with 诉 on a blue tile.
# The PNG is kept in the repository, so builds never need ImageMagick; run this only to
# change the design. Shapes are bold and few so that the icon still reads at 16×16.
set -euo pipefail
cd "$(dirname "$0")/../.."
font=assets/fonts/wqy-microhei.ttf
blue='#1D5FB4'
convert -size 512x512 xc:none \
	-fill "$blue" -draw 'roundrectangle 16,16 495,495 104,104' \
	-fill white -draw 'roundrectangle 84,92 428,364 72,72' \
	-fill white -draw 'polygon 138,340 124,444 236,352' \
	-font "$font" -pointsize 236 -fill "$blue" -stroke "$blue" -strokewidth 10 -gravity center \
	-annotate +0-30 '诉' \
	-depth 8 -strip -define png:exclude-chunks=date,time \
	assets/icon.png
