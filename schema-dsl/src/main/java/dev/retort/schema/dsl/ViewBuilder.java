package dev.retort.schema.dsl;

import dev.retort.schema.model.CheckOption;
import dev.retort.schema.model.QualifiedName;
import dev.retort.schema.model.SchemaObject;
import dev.retort.schema.model.View;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * ViewBuilder declares a view by its query. Write the query as you like: it is compared as PostgreSQL prints it
 * after normalization, so spelling and layout do not matter, only what it means.
 *
 * <pre>{@code
 * s.view("active_users", "SELECT id, email FROM users WHERE last_seen > now() - interval '30 days'")
 *         .securityBarrier()
 *         .comment("people seen in the last month")
 *         .columnComment("email", "as they typed it");
 * }</pre>
 */
public final class ViewBuilder implements ObjectDraft {

    private final QualifiedName name;
    private final String query;
    private boolean securityBarrier;
    private boolean securityInvoker;
    private CheckOption checkOption = CheckOption.NONE;
    private String comment;
    private final Map<String, String> columnComments = new LinkedHashMap<>();

    ViewBuilder(QualifiedName name, String query) {
        this.name = Objects.requireNonNull(name, "name");
        this.query = query;
    }

    /** {@code security_barrier}: the view's conditions run before functions of the caller's query (for RLS-like views). */
    public ViewBuilder securityBarrier() {
        this.securityBarrier = true;
        return this;
    }

    /** {@code security_invoker} (PostgreSQL 15): the tables are read with the caller's privileges, not the owner's. */
    public ViewBuilder securityInvoker() {
        this.securityInvoker = true;
        return this;
    }

    /** {@code WITH LOCAL | CASCADED CHECK OPTION}: rows written through the view must be visible in it. */
    public ViewBuilder checkOption(CheckOption option) {
        this.checkOption = Objects.requireNonNull(option, "option");
        return this;
    }

    /** The view's comment. */
    public ViewBuilder comment(String comment) {
        this.comment = comment;
        return this;
    }

    /** A comment on one of the view's columns. */
    public ViewBuilder columnComment(String column, String comment) {
        columnComments.put(Objects.requireNonNull(column, "column"), comment);
        return this;
    }

    @Override
    public SchemaObject toModel(List<String> problems) {
        String subject = "view " + name;
        int before = problems.size();
        ViewDrafts.checkName(subject, name.name(), problems);
        String body = ViewDrafts.query(subject, query, problems);
        ViewDrafts.checkColumnComments(subject, columnComments, problems);
        if (problems.size() > before) {
            return null;
        }
        return new View(name, body, List.of(), securityBarrier, securityInvoker, checkOption, comment,
                ViewDrafts.withoutNulls(columnComments));
    }
}
