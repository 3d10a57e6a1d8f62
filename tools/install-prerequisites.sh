#!/usr/bin/env bash
# Installs what UKC needs on a Debian or Ubuntu machine that has the .NET 10 SDK:
# RabbitMQ, Redis and PostgreSQL, which the AppHost runs as local processes when no container runtime answers;
# with --tests also Chromium, which the browser tests drive.
set -euo pipefail

if ! command -v dotnet >/dev/null 2>&1; then
  echo "UKC needs the .NET 10 SDK: https://dotnet.microsoft.com/download" >&2
  exit 1
fi

missing=()
command -v redis-server >/dev/null 2>&1 || missing+=(redis-server)
{ [ -x /usr/lib/rabbitmq/bin/rabbitmq-server ] || command -v rabbitmq-server >/dev/null 2>&1; } || missing+=(rabbitmq-server)
{ compgen -G '/usr/lib/postgresql/*/bin/postgres' >/dev/null || command -v postgres >/dev/null 2>&1; } || missing+=(postgresql)
[ "${1:-}" != "--tests" ] || [ -x /usr/bin/chromium ] || missing+=(chromium)
[ ${#missing[@]} -eq 0 ] && exit 0

if ! command -v apt-get >/dev/null 2>&1; then
  echo "UKC needs ${missing[*]}, and this machine has no apt-get to install them." >&2
  echo "Install them with your package manager, or run with Infrastructure:Mode=external and" >&2
  echo "ConnectionStrings:messaging / ConnectionStrings:redis / ConnectionStrings:reports pointing at servers you run." >&2
  exit 1
fi

sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
echo "Installing ${missing[*]} ..."
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
