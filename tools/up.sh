#!/usr/bin/env bash
# Installs what is missing and runs the whole of UKC: RabbitMQ, Redis, PostgreSQL, the five services, the gateway and the dashboard.
set -euo pipefail
cd "$(dirname "$0")/.."
tools/install-prerequisites.sh
exec dotnet run --project AppHost "$@"
