/**
 * Tables and what PostgreSQL keeps with them: columns (types, defaults, identity, generated, storage, collations),
 * primary keys, unique constraints, checks, foreign keys, indexes, comments, table options, and partitioning and
 * inheritance. Readers ({@code TableReader}, {@code ConstraintReader}, {@code IndexReader}, one or two queries each),
 * the differ ({@code TablePairs}, {@code TableDiffer}, {@code ColumnMatch}, {@code ConstraintRenames},
 * {@code Hierarchies}) and the SQL ({@code TableSql}, {@code ColumnChangeSql}, {@code KeySql}, {@code IndexSql},
 * {@code PartitionSql}, {@code TableOptionsSql}). See {@link dev.retort.diff.kind} for why they are one package.
 */
package dev.retort.diff.kind.table;
