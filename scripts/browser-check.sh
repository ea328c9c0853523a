#!/usr/bin/env bash
# Opens digestkit's HTML in a real headless Chromium (Debian's package, installed when absent):
#   1. a rendered post shows its headings, lists and links (DOM after load, plus a screenshot);
#   2. the XSS vectors of RELIABILITY.md §8, rendered in safe mode into a page WITHOUT a CSP (so only the
#      sanitiser protects it), run no script: every vector would set the page title or a body attribute if it
#      fired. A positive control (the same payload unsanitised) proves the check can see script run.
# Usage: scripts/browser-check.sh [OUTDIR]      exit 0 pass, 1 fail, 0 with "skipped" when no Chromium can be had
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out="${1:-$(mktemp -d)}"
mkdir -p "$out"

if ! command -v chromium >/dev/null 2>&1; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "browser-check: installing Debian's chromium" >&2
    (apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q chromium) >/dev/null 2>&1 || true
  fi
fi
if ! command -v chromium >/dev/null 2>&1; then
  echo "browser-check: skipped (no chromium on this machine)"
  exit 0
fi

chrome() {
  timeout 60 chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
    --disable-background-networking --disable-component-update --disable-sync \
    --user-data-dir="$(mktemp -d)" --virtual-time-budget=3000 "$@" 2>/dev/null
}

# 1. a post
"$root/digest" render --format html-page -o "$out" "$root/digest-core/src/test/resources/fixtures/topic-items.md" >/dev/null
chrome --dump-dom "file://$out/topic-items.html" > "$out/post-dom.html"
chrome --screenshot="$out/post.png" --window-size=1000,1800 "file://$out/topic-items.html" >/dev/null || true
h2=$(grep -o "<h2" "$out/post-dom.html" | wc -l)
li=$(grep -o "<li" "$out/post-dom.html" | wc -l)
links=$(grep -o '<a [^>]*href="https://' "$out/post-dom.html" | wc -l)
if [ "$h2" -lt 2 ] || [ "$li" -lt 5 ] || [ "$links" -lt 5 ]; then
  echo "browser-check: FAIL: the post rendered $h2 h2, $li li, $links links"
  exit 1
fi
echo "browser-check: post OK ($h2 h2, $li li, $links links; screenshot $out/post.png)"

# 2. XSS vectors: each would mark the page if any script ran
mark="document.title='PWNED';document.body.setAttribute('data-pwned','1')"
cat > "$out/xss.md" <<MD
---
title: xss
---
# xss

## vectors

<script>$mark</script>

<img src=x onerror="$mark">

<svg/onload="$mark">

<details open ontoggle="$mark">x</details>

<iframe src="javascript:parent.$mark"></iframe>

<body onload="$mark">

<math><mtext><table><mglyph><style><img src=x onerror="$mark">

[click](javascript:$mark) [c2](JaVaScRiPt:$mark) [c3](java&#09;script:$mark) [c4](&#106;avascript:$mark)

<javascript:$mark>

[ref][r]

[r]: javascript:$mark

![x](data:image/svg+xml,<svg onload="$mark">)

[d](data:text/html;base64,PHNjcmlwdD5kb2N1bWVudC50aXRsZT0nUFdORUQnPC9zY3JpcHQ+)

[x](/u "t\" onmouseover=\"$mark")

![" onerror="$mark](y)

[x](//evil.example/)

<meta http-equiv="refresh" content="0;url=javascript:$mark">
MD
"$root/digest" render --format html -o "$out" "$out/xss.md" >/dev/null
{ echo '<!DOCTYPE html><html><head><meta charset="utf-8"><title>clean</title></head><body>'; cat "$out/xss.html"
  echo '<script>document.body.setAttribute("data-harness","ran")</script></body></html>'; } > "$out/xss-page.html"
chrome --dump-dom "file://$out/xss-page.html" > "$out/xss-dom.html"
{ echo '<!DOCTYPE html><html><head><title>clean</title></head><body>'
  echo "<img src=x onerror=\"$mark\"></body></html>"; } > "$out/control.html"
chrome --dump-dom "file://$out/control.html" > "$out/control-dom.html"

if ! grep -q "PWNED" "$out/control-dom.html"; then
  echo "browser-check: FAIL: the positive control did not fire; the harness cannot see script run"
  exit 1
fi
if ! grep -q 'data-harness="ran"' "$out/xss-dom.html"; then
  echo "browser-check: FAIL: the page's own script did not run; the DOM dump is not trustworthy"
  exit 1
fi
if grep -o "<title>[^<]*</title>" "$out/xss-dom.html" | grep -q PWNED || grep -q 'data-pwned="1"' "$out/xss-dom.html"; then
  echo "browser-check: FAIL: a vector ran script in safe mode"
  exit 1
fi
echo "browser-check: XSS OK (20 vectors inert; positive control fired)"
