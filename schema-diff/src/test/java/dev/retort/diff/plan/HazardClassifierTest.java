package dev.retort.diff.plan;

import dev.retort.diff.change.AddCheckConstraint;
import dev.retort.diff.change.AddColumn;
import dev.retort.diff.change.DropColumn;
import dev.retort.diff.render.PostgresSqlRenderer;
import dev.retort.schema.model.CheckConstraint;
import dev.retort.schema.model.QualifiedName;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static dev.retort.diff.Fixtures.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

class HazardClassifierTest {

    private final ChangePlanner planner = new ChangePlanner(new PostgresSqlRenderer());

    @Test
    void hostileNamesAndLiteralsDoNotChangeTheKindOfAStatement() {
        QualifiedName table = QualifiedName.of("public", "x DROP COLUMN y");
        var check = new AddCheckConstraint(table, new CheckConstraint("ck", "(a <> ' DROP COLUMN '::text)"));
        assertEquals(Set.of(Hazard.ACCESS_EXCLUSIVE_LOCK), planner.plan(java.util.List.of(check)).statements().get(0).hazards());
        var add = new AddColumn(table, column("b", TEXT).withComment(" ADD VALUE "));
        assertEquals(Set.of(Hazard.ACCESS_EXCLUSIVE_LOCK), planner.plan(java.util.List.of(add)).statements().get(0).hazards());
        var drop = new DropColumn(table, column("it's \"odd\"", TEXT));
        assertEquals(Set.of(Hazard.DELETES_DATA, Hazard.ACCESS_EXCLUSIVE_LOCK), planner.plan(java.util.List.of(drop)).statements().get(0).hazards());
    }

    @Test
    void skeletonBlanksQuotedText() {
        assertEquals("ALTER TABLE \"\".T ADD CONSTRAINT C CHECK ((A <> ''))",
                HazardClassifier.skeleton("ALTER TABLE \"a\"\"b\".t ADD CONSTRAINT c CHECK ((a <> 'it''s'))"));
    }
}
