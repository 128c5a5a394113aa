package dev.retort.schema.dsl;

import dev.retort.schema.model.MaterializedView;
import dev.retort.schema.model.MaterializedViewIndex;
import dev.retort.schema.model.QualifiedName;
import dev.retort.schema.model.SchemaObject;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * MaterializedViewBuilder declares a materialized view by its query, with its indexes. A unique index (without a
 * predicate) is what {@code REFRESH MATERIALIZED VIEW CONCURRENTLY} needs. An index is given by what follows
 * {@code ON <view>} in its {@code CREATE INDEX}.
 *
 * <pre>{@code
 * s.materializedView("sales_by_day", "SELECT day, sum(amount) AS total FROM sales GROUP BY day")
 *         .uniqueIndex("sales_by_day_day", "(day)")
 *         .index("sales_by_day_total", "USING btree (total DESC)")
 *         .with("fillfactor", 90)
 *         .withNoData();
 * }</pre>
 */
public final class MaterializedViewBuilder implements ObjectDraft {

    private final QualifiedName name;
    private final String query;
    private boolean withData = true;
    private final List<MaterializedViewIndex> indexes = new ArrayList<>();
    private String comment;
    private final Map<String, String> columnComments = new LinkedHashMap<>();
    private final List<String> storageParameters = new ArrayList<>();

    MaterializedViewBuilder(QualifiedName name, String query) {
        this.name = Objects.requireNonNull(name, "name");
        this.query = query;
    }

    /** {@code WITH NO DATA}: created empty, without running the query; readable after {@code REFRESH}. */
    public MaterializedViewBuilder withNoData() {
        this.withData = false;
        return this;
    }

    /** An index: {@code index("totals_day", "(day)")}, {@code index("totals_tags", "USING gin (tags)")}. */
    public MaterializedViewBuilder index(String name, String definition) {
        indexes.add(new MaterializedViewIndex(Objects.requireNonNull(name, "name"), false,
                Objects.requireNonNull(definition, "definition").strip()));
        return this;
    }

    /** A unique index: {@code uniqueIndex("totals_day", "(day)")}; REFRESH ... CONCURRENTLY needs one. */
    public MaterializedViewBuilder uniqueIndex(String name, String definition) {
        indexes.add(new MaterializedViewIndex(Objects.requireNonNull(name, "name"), true,
                Objects.requireNonNull(definition, "definition").strip()));
        return this;
    }

    /** A storage parameter, {@code WITH (name = value)}: {@code with("fillfactor", 70)}, {@code with("autovacuum_enabled", false)}. */
    public MaterializedViewBuilder with(String parameter, Object value) {
        storageParameters.add(Objects.requireNonNull(parameter, "parameter").toLowerCase(java.util.Locale.ROOT) + "="
                + Objects.requireNonNull(value, "value"));
        return this;
    }

    /** The materialized view's comment. */
    public MaterializedViewBuilder comment(String comment) {
        this.comment = comment;
        return this;
    }

    /** A comment on one of its columns. */
    public MaterializedViewBuilder columnComment(String column, String comment) {
        columnComments.put(Objects.requireNonNull(column, "column"), comment);
        return this;
    }

    @Override
    public SchemaObject toModel(List<String> problems) {
        String subject = "materialized view " + name;
        int before = problems.size();
        ViewDrafts.checkName(subject, name.name(), problems);
        String body = ViewDrafts.query(subject, query, problems);
        ViewDrafts.checkColumnComments(subject, columnComments, problems);
        List<String> seen = new ArrayList<>();
        for (MaterializedViewIndex index : indexes) {
            ViewDrafts.checkName(subject + ": index", index.name(), problems);
            if (seen.contains(index.name())) {
                problems.add(subject + ": index " + index.name() + " is declared twice (declare each index once)");
            }
            seen.add(index.name());
            if (index.definition().isEmpty()) {
                problems.add(subject + ": index " + index.name() + " has no definition (give what follows ON <view>,"
                        + " e.g. \"(category)\")");
            }
        }
        if (problems.size() > before) {
            return null;
        }
        return new MaterializedView(name, body, List.of(), withData, indexes, comment,
                ViewDrafts.withoutNulls(columnComments), storageParameters);
    }
}
