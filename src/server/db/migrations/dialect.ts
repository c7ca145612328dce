import type { ColumnDefinitionBuilder } from 'kysely';

/** The one thing migrations need to know about the engine: how an auto-increment integer key is spelled. */
export interface MigrationDialect {
  identity(column: ColumnDefinitionBuilder): ColumnDefinitionBuilder;
}

export const SQLITE_MIGRATION_DIALECT: MigrationDialect = {
  identity: (column) => column.primaryKey().autoIncrement(),
};

export const POSTGRES_MIGRATION_DIALECT: MigrationDialect = {
  identity: (column) => column.primaryKey().generatedAlwaysAsIdentity(),
};
