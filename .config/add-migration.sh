#!/usr/bin/env bash
# Adds a migration named $1 for every context and every database provider (ADR-012), e.g.
#   .config/add-migration.sh AddPaperNotes
# Each provider has its own derived context with its own migrations folder; none of this connects to a database.
set -euo pipefail
cd "$(dirname "$0")/.."
name="${1:?usage: .config/add-migration.sh <MigrationName>}"

# project | context | output folder (relative to the project)
contexts=(
  "src/AwesomeClip.Core|SqliteCatalogDbContext|Storage/Migrations/Sqlite"
  "src/AwesomeClip.Core|PostgreSqlCatalogDbContext|Storage/Migrations/PostgreSql"
  "src/AwesomeClip.Web|SqliteAccountsDbContext|Accounts/Migrations/Sqlite"
  "src/AwesomeClip.Web|PostgreSqlAccountsDbContext|Accounts/Migrations/PostgreSql"
  "src/AwesomeClip.Web|SqliteKeysDbContext|Storage/Keys/Migrations/Sqlite"
  "src/AwesomeClip.Web|PostgreSqlKeysDbContext|Storage/Keys/Migrations/PostgreSql"
)
# A new context is added here as a pair of lines, one per provider (and to tests' MigrationTests).

dotnet tool restore >/dev/null
built=()
for row in "${contexts[@]}"; do
  IFS='|' read -r project context folder <<<"$row"
  if [[ ! " ${built[*]} " =~ " ${project} " ]]; then dotnet build "$project" -v q -nologo >/dev/null; built+=("$project"); fi
  # A context whose model has no changes since its last migration gets none (an empty migration is noise).
  if dotnet ef migrations has-pending-model-changes --project "$project" --context "$context" --no-build >/dev/null 2>&1; then
    echo "$context: no model changes, skipped"
    continue
  fi
  dotnet ef migrations add "$name" --project "$project" --context "$context" --output-dir "$folder" --no-build
  dotnet build "$project" -v q -nologo >/dev/null
done
echo "Done. Review the new files under */Migrations/{Sqlite,PostgreSql} and commit them together."
