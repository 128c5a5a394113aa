package dev.retort.testing.gen;

import dev.retort.schema.model.Column;
import dev.retort.schema.model.DataType;
import dev.retort.schema.model.Index;
import dev.retort.schema.model.IndexElement;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * IndexPicker turns an index blueprint into an index PostgreSQL accepts on the given columns: an access method
 * the column types support, key parts, operator classes, INCLUDE columns and a predicate that fit that method.
 */
final class IndexPicker {

    private static final String[] METHODS = {"btree", "hash", "gin", "brin", "spgist"};

    private IndexPicker() {
    }

    static Index index(List<Column> columns, Blueprint.IndexPlan plan, Set<String> taken) {
        String wanted = METHODS[Math.floorMod(plan.method(), METHODS.length)];
        String method = columns.stream().anyMatch(c -> fitsMethod(c.type(), wanted)) ? wanted : "btree";
        String m = method;
        if (columns.stream().noneMatch(c -> fitsMethod(c.type(), m))) {
            return null;
        }
        boolean btree = method.equals("btree");
        boolean single = method.equals("hash") || method.equals("spgist");
        List<Blueprint.ElementPlan> plans = plan.elements().isEmpty()
                ? List.of(new Blueprint.ElementPlan(0, false, false, false, false)) : plan.elements();
        List<IndexElement> elements = new ArrayList<>();
        Set<String> keyColumns = new HashSet<>();
        for (Blueprint.ElementPlan ep : plans.subList(0, single ? 1 : Math.min(3, plans.size()))) {
            Column c = ModelEditor.pick(columns, ep.columnPick(), x -> fitsMethod(x.type(), m));
            String expression = ep.expression() && (btree || method.equals("hash"))
                    ? Types.indexExpression(c.type(), ModelEditor.q(c.name())) : null;
            IndexElement e = expression != null ? IndexElement.expression(expression) : IndexElement.column(c.name());
            if (expression == null) {
                keyColumns.add(c.name());
                String opclass = ep.alternativeOpclass() ? Types.alternativeOpclass(c.type(), method) : null;
                e = e.withOperatorClass(opclass);
            }
            if (btree) {
                e = (ep.descending() ? e.desc() : e).nullsFirst(ep.nullsFirst());
            }
            elements.add(e);
        }
        List<String> include = new ArrayList<>();
        if (btree || method.equals("spgist")) {
            for (int p : plan.includePicks()) {
                Column c = ModelEditor.pick(columns, p, x -> !keyColumns.contains(x.name()));
                if (c != null && !include.contains(c.name())) {
                    include.add(c.name());
                }
            }
        }
        String predicate = predicate(columns, plan.predicateKind(), plan.predicatePick());
        String name = Names.unique(plan.name(), taken);
        boolean unique = btree && plan.unique();
        return new Index(name, unique, method, elements, include, predicate, unique && plan.nullsNotDistinct());
    }

    private static boolean fitsMethod(DataType t, String method) {
        switch (method) {
            case "hash": return Types.isHash(t);
            case "gin": return Types.isGin(t);
            case "brin": return Types.isBrin(t);
            case "spgist": return Types.isSpgist(t);
            default: return Types.isBtree(t);
        }
    }

    private static String predicate(List<Column> columns, int kind, int pick) {
        switch (Math.floorMod(kind, 4)) {
            case 0:
                return null;
            case 2: {
                Column c = ModelEditor.pick(columns, pick, x -> Types.isIntegral(x.type()));
                if (c != null) {
                    return "(" + ModelEditor.q(c.name()) + " > 0)";
                }
                break;
            }
            case 3: {
                Column c = ModelEditor.pick(columns, pick, x -> Types.name(x.type()).equals("boolean"));
                if (c != null) {
                    return ModelEditor.q(c.name());
                }
                break;
            }
            default:
                break;
        }
        return "(" + ModelEditor.q(ModelEditor.pick(columns, pick, x -> true).name()) + " IS NOT NULL)";
    }
}
