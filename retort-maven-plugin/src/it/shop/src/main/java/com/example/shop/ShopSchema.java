package com.example.shop;

import dev.retort.schema.SchemaDefinition;
import dev.retort.schema.dsl.Schema;
import dev.retort.schema.dsl.SchemaBuilder;
import dev.retort.schema.model.SchemaModel;

import static dev.retort.schema.dsl.Types.*;

/**
 * The shop's schema. {@code -Dshop.edition=2} stands in for an edit of this class between two builds (the
 * integration test cannot edit sources between its Maven runs): it adds a price column.
 */
public final class ShopSchema implements SchemaDefinition {

    @Override
    public SchemaModel schema() {
        boolean priced = "2".equals(System.getProperty("shop.edition"));
        SchemaBuilder s = Schema.builder();
        s.table("products", t -> {
            t.column("id", bigint()).primaryKey();
            t.column("name", text()).notNull();
            if (priced) {
                t.column("price_cents", bigint());
            }
        });
        return s.build();
    }
}
