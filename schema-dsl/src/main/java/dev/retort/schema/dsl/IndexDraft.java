package dev.retort.schema.dsl;

import dev.retort.schema.model.Index;
import dev.retort.schema.model.IndexElement;
import dev.retort.schema.model.QualifiedName;
import dev.retort.schema.naming.NamingConvention;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/** IndexDraft is an index being declared; it becomes an {@link Index} at build time. */
final class IndexDraft implements IndexStep {

    private final List<IndexPart> parts;
    private String name;
    private boolean unique;
    private String method = "btree";
    private String predicate;
    private List<String> include = List.of();
    private boolean nullsNotDistinct;
    private final List<String> storageParameters = new java.util.ArrayList<>();
    private String comment;

    IndexDraft(List<IndexPart> parts) {
        this.parts = List.copyOf(parts);
    }

    @Override
    public IndexStep named(String indexName) {
        this.name = indexName;
        return this;
    }

    @Override
    public IndexStep unique() {
        this.unique = true;
        return this;
    }

    @Override
    public IndexStep using(String accessMethod) {
        this.method = Objects.requireNonNull(accessMethod, "accessMethod").toLowerCase(Locale.ROOT);
        return this;
    }

    @Override
    public IndexStep where(String sql) {
        this.predicate = Objects.requireNonNull(sql, "sql");
        return this;
    }

    @Override
    public IndexStep include(String... columns) {
        this.include = List.of(columns);
        return this;
    }

    @Override
    public IndexStep nullsNotDistinct() {
        this.nullsNotDistinct = true;
        return this;
    }

    @Override
    public IndexStep with(String parameter, Object value) {
        storageParameters.add(Objects.requireNonNull(parameter, "parameter").toLowerCase(Locale.ROOT) + "="
                + Objects.requireNonNull(value, "value"));
        return this;
    }

    @Override
    public IndexStep comment(String text) {
        this.comment = text;
        return this;
    }

    Index toModel(QualifiedName table, NamingConvention naming) {
        List<IndexElement> elements = parts.stream().map(IndexPart::toModel).toList();
        String resolved = name;
        if (resolved == null) {
            List<String> words = elements.stream()
                    .map(e -> e.isExpression() ? NamingConvention.words(e.expression()) : e.column())
                    .toList();
            resolved = naming.indexName(table.schema(), table.name(), words);
        }
        return new Index(resolved, unique, method, elements, include, predicate, nullsNotDistinct, storageParameters,
                comment);
    }
}
