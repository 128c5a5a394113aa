package dev.retort.schema.dsl;

import dev.retort.schema.model.QualifiedName;
import dev.retort.schema.model.Table;

import java.util.function.BiConsumer;
import java.util.function.Consumer;

import static dev.retort.schema.dsl.Types.bigint;
import static dev.retort.schema.dsl.Types.integer;

/** DslFixtures builds one-table schemas for the table-driven DSL tests. */
final class DslFixtures {

    private DslFixtures() {
    }

    /** The table {@code public.t} that {@code body} declares, built through the whole DSL and its validation. */
    static Table table(Consumer<TableBuilder> body) {
        return Schema.define(s -> s.table("t", body)).table(QualifiedName.of("public", "t")).orElseThrow();
    }

    /**
     * The table {@code public.t} that {@code body} declares next to {@code parents(id bigint primary key, a integer,
     * b integer, unique (a, b))}, whose handle the body gets.
     */
    static Table tableWithParent(BiConsumer<TableRef, TableBuilder> body) {
        return Schema.define(s -> {
            TableRef parents = s.table("parents", p -> {
                p.column("id", bigint()).primaryKey();
                p.column("a", integer());
                p.column("b", integer());
                p.unique("a", "b");
            });
            s.table("t", t -> body.accept(parents, t));
        }).table(QualifiedName.of("public", "t")).orElseThrow();
    }
}
