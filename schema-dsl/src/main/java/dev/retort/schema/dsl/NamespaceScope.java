package dev.retort.schema.dsl;

import java.util.function.Consumer;

/** NamespaceScope is a {@link Namespace} other than the default one; it declares into its SchemaBuilder. */
final class NamespaceScope implements Namespace {

    private final SchemaBuilder builder;
    private final String schema;

    NamespaceScope(SchemaBuilder builder, String schema) {
        this.builder = builder;
        this.schema = schema;
    }

    @Override
    public String name() {
        return schema;
    }

    @Override
    public TableRef table(String name, Consumer<TableBuilder> body) {
        return builder.tableIn(schema, name, body);
    }

    @Override
    public TableRef declareTable(String name) {
        return builder.declareTableIn(schema, name);
    }

    @Override
    public TableRef table(TableRef declared, Consumer<TableBuilder> body) {
        return builder.table(declared, body);
    }

    @Override
    public EnumRef enumType(String name, String... values) {
        return builder.enumTypeIn(schema, name, values);
    }

    @Override
    public SequenceBuilder sequence(String name) {
        return builder.sequenceIn(schema, name);
    }

    @Override
    public void declare(ObjectDraft draft) {
        builder.declare(draft);
    }
}
