#!/usr/bin/env bash
# Refuse to start with a missing, placeholder or weak secret: docker-compose's secrets-check service runs
# this before anything else starts, and es-security-setup.sh runs it on the passwords it is given.
#
#   check-secrets.sh NAME[:MIN-LENGTH]...    (minimum length 12 unless given)
#
# Each NAME is read from the environment. Refused: unset or empty, a `change-me` placeholder from
# .env.example, shorter than the minimum, or holding a control character (which no JSON or .env line
# should carry). Only names and reasons are printed, never a value. Exit 2 when anything is refused.
set -euo pipefail

DEFAULT_MIN=12
refused=0

refuse() {
  echo "check-secrets: $1" >&2
  refused=1
}

for spec in "$@"; do
  name=${spec%%:*}
  min=$DEFAULT_MIN
  [ "$spec" != "$name" ] && min=${spec#*:}
  if [[ ! $name =~ ^[A-Z_][A-Z0-9_]*$ || ! $min =~ ^[0-9]+$ ]]; then
    refuse "not a variable name with an optional minimum length: $spec"
    continue
  fi
  value=${!name:-}
  lowered=${value,,}
  if [ -z "$value" ]; then
    refuse "$name is not set; set it in the environment (.env for docker compose)"
  elif [[ $lowered == change-me* || $lowered == changeme* ]]; then
    refuse "$name still holds the placeholder of .env.example; set a real secret"
  elif [ "${#value}" -lt "$min" ]; then
    refuse "$name is too short (${#value} characters, at least $min)"
  elif [[ $value == *[[:cntrl:]]* ]]; then
    refuse "$name contains a control character"
  fi
done
exit $((refused * 2))
