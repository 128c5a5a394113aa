package dev.retort.testing.kit;

import dev.retort.schema.SchemaDefinition;
import dev.retort.schema.model.BuiltinType;
import dev.retort.schema.model.CheckConstraint;
import dev.retort.schema.model.Column;
import dev.retort.schema.model.EnumType;
import dev.retort.schema.model.ForeignKey;
import dev.retort.schema.model.IdentityGeneration;
import dev.retort.schema.model.Index;
import dev.retort.schema.model.IndexElement;
import dev.retort.schema.model.PrimaryKey;
import dev.retort.schema.model.QualifiedName;
import dev.retort.schema.model.ReferentialAction;
import dev.retort.schema.model.SchemaModel;
import dev.retort.schema.model.Table;
import dev.retort.schema.model.UniqueConstraint;
import dev.retort.schema.model.UserDefinedType;

import java.util.List;

/** BookshopSchema is what the sample migrations in {@code testkit/bookshop} build, declared as a model. */
public class BookshopSchema implements SchemaDefinition {

    static final QualifiedName AUTHORS = QualifiedName.of("public", "authors");
    static final QualifiedName BOOKS = QualifiedName.of("public", "books");
    static final QualifiedName GENRE = QualifiedName.of("public", "genre");

    @Override
    public SchemaModel schema() {
        Table authors = Table.named(AUTHORS)
                .withColumns(List.of(id(), Column.of("name", new BuiltinType("text")).withNullable(false)))
                .withPrimaryKey(new PrimaryKey("pk_authors", List.of("id")));
        Table books = Table.named(BOOKS)
                .withColumns(List.of(id(),
                        Column.of("author_id", new BuiltinType("bigint")).withNullable(false),
                        Column.of("title", new BuiltinType("text")).withNullable(false),
                        Column.of("genre", new UserDefinedType(GENRE)).withDefault("'fiction'"),
                        Column.of("isbn", new BuiltinType("character varying(13)"))))
                .withPrimaryKey(new PrimaryKey("pk_books", List.of("id")))
                .withForeignKeys(List.of(new ForeignKey("fk_books_author_id_authors", List.of("author_id"), AUTHORS,
                        List.of("id"), ReferentialAction.CASCADE, ReferentialAction.NO_ACTION, false, false)))
                .withUniqueConstraints(List.of(new UniqueConstraint("uq_books_isbn", List.of("isbn"), false)))
                .withCheckConstraints(List.of(new CheckConstraint("ck_books_title", "length(title) > 0")))
                .withIndexes(List.of(new Index("ix_books_author_id", false, "btree",
                        List.of(IndexElement.column("author_id")), List.of(), null, false)))
                .withComment("Books we sell");
        return new SchemaModel(List.of("public"), List.of(new EnumType(GENRE, List.of("fiction", "poetry"), null)),
                List.of(), List.of(authors, books));
    }

    private static Column id() {
        return Column.of("id", new BuiltinType("bigint")).withNullable(false).withIdentity(IdentityGeneration.ALWAYS);
    }

    /** The same shop, declared without the isbn column that migration 3 adds: the chain does not build it. */
    public static class WithoutIsbn implements SchemaDefinition {
        @Override
        public SchemaModel schema() {
            SchemaModel full = new BookshopSchema().schema();
            Table books = full.table(BOOKS).orElseThrow();
            Table trimmed = books.withColumns(books.columns().stream().filter(c -> !c.name().equals("isbn")).toList())
                    .withUniqueConstraints(List.of());
            return full.withTables(List.of(full.table(AUTHORS).orElseThrow(), trimmed));
        }
    }
}
