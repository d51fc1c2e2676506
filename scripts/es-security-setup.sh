#!/usr/bin/env bash
# Security set-up of an Elasticsearch with security on (docker-compose's elasticsearch-setup service, or any
# cluster): Kibana's system user password and one user for each of the project's roles. The roles are
# defined in config/elasticsearch/roles.yml, which the node reads as its config/roles.yml (compose mounts
# it there). Idempotent: re-running updates the passwords.
#
#   ES_URL                 default http://elasticsearch:9200
#   ELASTIC_PASSWORD       the elastic superuser's password (used only here, never by the pipeline)
#   KIBANA_PASSWORD        for kibana_system
#   NEWS_INGEST_PASSWORD   for news_ingest: what Airflow's services use (ES_USERNAME=news_ingest)
#   NEWS_ADMIN_PASSWORD    for news_admin: index set-up and migration, the Kibana saved objects import
#   NEWS_ANALYST_PASSWORD  for news_analyst: read-only search in Kibana
#
# Passwords are read from the environment, refused when missing or placeholders (check-secrets.sh), and
# passed to curl on stdin, never on a command line (where `ps` would show them) and never printed.
set -euo pipefail

ES_URL="${ES_URL:-http://elasticsearch:9200}"
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"

bash "$HERE/check-secrets.sh" ELASTIC_PASSWORD KIBANA_PASSWORD NEWS_INGEST_PASSWORD NEWS_ADMIN_PASSWORD \
  NEWS_ANALYST_PASSWORD

json_string() {  # a JSON string literal for $1 (also how curl's config file quotes a value); check-secrets.sh
  # has refused control characters, so a backslash and a quote are all there is to escape
  local s=${1//\\/\\\\}
  s=${s//\"/\\\"}
  printf '"%s"' "$s"
}

RESPONSE="$(mktemp)"
trap 'rm -f "$RESPONSE"' EXIT

# es METHOD PATH [BODY-FILE|-]: one authenticated request, prints the HTTP status, keeps the body in
# $RESPONSE; curl reads the credentials from a config on fd 3, not from its arguments.
es() {
  local method=$1 path=$2 body=${3:-}
  local args=(-sS -o "$RESPONSE" -w '%{http_code}' -X "$method" -H 'Content-Type: application/json'
              -K /dev/fd/3)
  [ -n "$body" ] && args+=(--data-binary "@$body")
  curl "${args[@]}" "$ES_URL$path" 3<<<"user = $(json_string "elastic:$ELASTIC_PASSWORD")" || true
}

expect_ok() {  # expect_ok WHAT STATUS
  case "$2" in
    2??) echo "es-security-setup: $1: ok" ;;
    *) echo "es-security-setup: $1 failed with HTTP $2: $(head -c 500 "$RESPONSE")" >&2; exit 1 ;;
  esac
}

echo "es-security-setup: waiting for $ES_URL"
for _ in $(seq 1 60); do
  status=$(es GET "/_security/_authenticate" 2>/dev/null)
  [ "$status" = 200 ] && break
  sleep 2
done
[ "$status" = 200 ] || { echo "es-security-setup: $ES_URL did not accept the elastic user (HTTP $status)" >&2; exit 1; }

expect_ok "kibana_system password" \
  "$(es POST /_security/user/kibana_system/_password - <<<"{\"password\": $(json_string "$KIBANA_PASSWORD")}")"

user() {  # user NAME ROLE PASSWORD FULL-NAME
  expect_ok "user $1" "$(es PUT "/_security/user/$1" - <<<"{\"password\": $(json_string "$3"),
    \"roles\": [\"$2\"], \"full_name\": \"$4\", \"metadata\": {\"project\": \"canews\"}}")"
}
user news_ingest news_ingest "$NEWS_INGEST_PASSWORD" "News ingest workers"
user news_admin news_admin "$NEWS_ADMIN_PASSWORD" "News index set-up and Kibana objects"
user news_analyst news_analyst "$NEWS_ANALYST_PASSWORD" "News analyst (read-only)"
