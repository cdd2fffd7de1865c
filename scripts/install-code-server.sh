#!/usr/bin/env bash
# Installs code-server (VS Code's workbench and server, served to a browser) from npm into a cache
# directory outside the repository, for test/e2e/vscode.test.ts. Pinned; idempotent (a finished
# install is reused). Needs the npm registry only: nothing from GitHub or Microsoft's servers, which
# code-server's own postinstall reaches for, so it is replaced by the steps below:
# - lib/vscode's npm-shrinkwrap.json takes @vscode/proxy-agent from GitHub: the registry's 0.27.0
#   tarball has the same integrity hash (npm checks it), so it is taken from there;
# - native modules are built from source (no prebuilt downloads), against the installed Node.js's
#   headers when they are there (/usr/include/node), so node-gyp downloads none;
# - left out: kerberos (proxy authentication; needs krb5 headers), ripgrep's binary (search; a
#   GitHub download). The test uses neither.
# Usage: scripts/install-code-server.sh  (VIRTLINT_DEV_CACHE overrides ~/.cache/virtlint-dev)
set -euo pipefail

version=4.96.4
cache="${VIRTLINT_DEV_CACHE:-$HOME/.cache/virtlint-dev}"
dest="$cache/code-server-$version"
if [ -f "$dest/.complete" ]; then
  echo "setup: code-server $version already in $dest"
  exit 0
fi
for tool in g++ make python3; do
  command -v "$tool" >/dev/null || { echo "setup: code-server needs $tool to build its native modules" >&2; exit 1; }
done

mkdir -p "$cache"
work="$(mktemp -d "$cache/.code-server-XXXXXX")"
trap 'rm -rf "$work"' EXIT
npm=(npm --no-audit --no-fund --loglevel=error)
if [ -f /usr/include/node/node.h ]; then export npm_config_nodedir=/usr; fi
export npm_config_build_from_source=true

echo "setup: installing code-server $version into $dest"
"${npm[@]}" install --prefix "$work" --ignore-scripts --no-save "code-server@$version"
server="$work/node_modules/code-server"
# code-server's own dependency with a native module (password hashing, loaded at start).
(cd "$work" && "${npm[@]}" rebuild argon2 >/dev/null)

vscode="$server/lib/vscode"
sed -i 's#"git+ssh://git@github.com/microsoft/vscode-proxy-agent.git\#0803e0a7d1249bcb64ae9d256d0ee732b7246ea5"#"https://registry.npmjs.org/@vscode/proxy-agent/-/proxy-agent-0.27.0.tgz"#' "$vscode/npm-shrinkwrap.json"
if grep -q 'git+ssh://' "$vscode/npm-shrinkwrap.json"; then
  echo "setup: code-server $version's shrinkwrap still names a git dependency" >&2
  exit 1
fi
(cd "$vscode" && "${npm[@]}" install --omit=dev --ignore-scripts)
(cd "$vscode" && "${npm[@]}" rebuild @vscode/spdlog native-watchdog node-pty @parcel/watcher @vscode/deviceid >/dev/null)
(cd "$vscode/extensions" && "${npm[@]}" install --omit=dev --ignore-scripts && node postinstall.mjs >/dev/null)
# The links code-server's postinstall.sh makes.
ln -sfn node_modules "$vscode/node_modules.asar"
ln -sfn code-linux.sh "$vscode/bin/remote-cli/code-server"
ln -sfn browser-linux.sh "$vscode/bin/helpers/browser.sh"

# It must start: --version loads the server's modules (argon2 among them).
got="$(XDG_CONFIG_HOME="$work/.config" node "$server/out/node/entry.js" --version | tail -n 1)"
case "$got" in
  "$version "*) ;;
  *) echo "setup: code-server --version printed: $got" >&2; exit 1 ;;
esac
rm -rf "$work/.config"
touch "$work/.complete"
rm -rf "$dest"
mv "$work" "$dest"
trap - EXIT
echo "setup: code-server $version ready ($got)"
