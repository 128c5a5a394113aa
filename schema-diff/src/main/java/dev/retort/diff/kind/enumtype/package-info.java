/**
 * Enum types: read in one query ({@code EnumReader}), compared by name ({@code EnumChanges}), and written as
 * {@code CREATE TYPE ... AS ENUM}, {@code ADD VALUE} or a recreate that converts the columns using it
 * ({@code EnumSql}).
 */
package dev.retort.diff.kind.enumtype;
