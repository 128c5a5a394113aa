package dev.retort.schema.dsl;

import dev.retort.schema.model.CheckOption;
import dev.retort.schema.model.MaterializedView;
import dev.retort.schema.model.MaterializedViewIndex;
import dev.retort.schema.model.View;

import java.util.Map;

/** ViewSources writes the DSL statements of views and materialized views for {@link ObjectSources}. */
final class ViewSources {

    private ViewSources() {
    }

    // the columns are left out: the query decides them, and normalization reads them back
    static String view(View view, String namespace) {
        StringBuilder out = new StringBuilder(namespace).append("view(").append(JavaCode.string(view.name().name()))
                .append(", ").append(JavaCode.string(view.query())).append(")");
        if (view.securityBarrier()) {
            out.append(".securityBarrier()");
        }
        if (view.securityInvoker()) {
            out.append(".securityInvoker()");
        }
        if (view.checkOption() != CheckOption.NONE) {
            out.append(".checkOption(dev.retort.schema.model.CheckOption.").append(view.checkOption().name()).append(")");
        }
        return out.append(comments(view.comment(), view.columnComments())).toString();
    }

    static String materializedView(MaterializedView view, String namespace) {
        StringBuilder out = new StringBuilder(namespace).append("materializedView(")
                .append(JavaCode.string(view.name().name())).append(", ").append(JavaCode.string(view.query())).append(")");
        if (!view.withData()) {
            out.append(".withNoData()");
        }
        for (String parameter : view.storageParameters()) {
            int eq = parameter.indexOf('=');
            out.append(".with(").append(JavaCode.string(parameter.substring(0, eq))).append(", ")
                    .append(JavaCode.string(parameter.substring(eq + 1))).append(")");
        }
        for (MaterializedViewIndex index : view.indexes()) {
            out.append(index.unique() ? ".uniqueIndex(" : ".index(").append(JavaCode.string(index.name())).append(", ")
                    .append(JavaCode.string(index.definition())).append(")");
        }
        return out.append(comments(view.comment(), view.columnComments())).toString();
    }

    private static String comments(String comment, Map<String, String> columnComments) {
        StringBuilder out = new StringBuilder();
        if (comment != null) {
            out.append(".comment(").append(JavaCode.string(comment)).append(")");
        }
        columnComments.forEach((column, text) -> out.append(".columnComment(").append(JavaCode.string(column))
                .append(", ").append(JavaCode.string(text)).append(")"));
        return out.toString();
    }
}
