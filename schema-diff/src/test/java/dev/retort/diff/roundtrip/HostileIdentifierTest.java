package dev.retort.diff.roundtrip;

import dev.retort.schema.model.CheckConstraint;
import dev.retort.schema.model.Column;
import dev.retort.schema.model.EnumType;
import dev.retort.schema.model.ForeignKey;
import dev.retort.schema.model.Index;
import dev.retort.schema.model.IndexElement;
import dev.retort.schema.model.PrimaryKey;
import dev.retort.schema.model.QualifiedName;
import dev.retort.schema.model.ReferentialAction;
import dev.retort.schema.model.SchemaModel;
import dev.retort.schema.model.Table;
import dev.retort.schema.model.UniqueConstraint;
import dev.retort.schema.model.UserDefinedType;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.retort.diff.Fixtures.*;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Names that break naive SQL generation survive a create, an upgrade and a downgrade on a real server. */
class HostileIdentifierTest {

    private static final String SCHEMA = "Ünï \"cødé\"";
    private static final String LONG = "ü".repeat(31) + "x";   // exactly 63 bytes
    private static final QualifiedName SELECT = QualifiedName.of(SCHEMA, "select");
    private static final QualifiedName DROP = QualifiedName.of(SCHEMA, "x\"; DROP TABLE y;--");
    private static final EnumType MOOD = new EnumType(QualifiedName.of(SCHEMA, LONG), List.of("it's", "Ok", "a\"b"),
            "labels with 'quotes'");

    @Test
    void hostileNamesRoundTrip() {
        Table select = Table.named(SELECT).withColumns(List.of(
                        Column.of("Id", BIGINT).withNullable(false),
                        Column.of("user", TEXT).withComment("who; -- 'me'\nnext line"),
                        Column.of(LONG, new UserDefinedType(MOOD.name())).withDefault("'it''s'::\"" + SCHEMA.replace("\"", "\"\"")
                                + "\".\"" + LONG + "\"")))
                .withPrimaryKey(new PrimaryKey("Primary Key", List.of("Id")))
                .withComment("table 'select'");
        Table drop = Table.named(DROP).withColumns(List.of(Column.of("order", BIGINT), Column.of("from", TEXT)))
                .withForeignKeys(List.of(new ForeignKey("fk \"order\"", List.of("order"), SELECT, List.of("Id"),
                        ReferentialAction.CASCADE, ReferentialAction.NO_ACTION, false, false)));
        SchemaModel a = new SchemaModel(List.of("public", SCHEMA), List.of(MOOD), List.of(), List.of(select));
        SchemaModel b = new SchemaModel(List.of("public", SCHEMA),
                List.of(new EnumType(MOOD.name(), List.of("Ok", "it's"), null)), List.of(),
                List.of(select.withColumns(List.of(select.columns().get(0), select.columns().get(2),
                                Column.of("group", TEXT).withRenamedFrom("user")))
                                .withUniqueConstraints(List.of(new UniqueConstraint("unique", List.of("group"), false)))
                                .withCheckConstraints(List.of(new CheckConstraint("check", "(\"group\" <> ''::text)")))
                                .withIndexes(List.of(new Index(LONG, false, "btree",
                                        List.of(IndexElement.column("group").desc(), IndexElement.column(LONG)), List.of(), null, false))),
                        drop));
        String up = RoundTrip.check(a, b).upgradeSql();
        // the comment's line break must not end the SQL comment in the script header
        assertTrue(!up.contains("\nnext line"), up);
    }
}
