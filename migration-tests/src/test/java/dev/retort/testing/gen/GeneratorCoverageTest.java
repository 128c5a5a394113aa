package dev.retort.testing.gen;

import dev.retort.schema.model.CheckOption;
import dev.retort.schema.model.ObjectKind;
import dev.retort.schema.model.Privileges;
import dev.retort.schema.model.SchemaModel;
import dev.retort.schema.model.SchemaObject;
import dev.retort.schema.model.Table;
import dev.retort.schema.model.Trigger;
import dev.retort.schema.model.TriggerEnabled;
import dev.retort.schema.model.UserDefinedType;
import dev.retort.schema.model.View;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Property;

import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The generators do produce what the round-trip laws are meant to cover: over a fixed sample of pairs, every object
 * kind beside the tables appears, and so do the cases the dependents rule handles (a view over a view, a view whose
 * table loses or retypes a column between A and B) and the partitioning cases (each strategy, a default partition,
 * sub-partitioning, a partition attached or detached between A and B).
 */
class GeneratorCoverageTest {

    private static final int SAMPLES = 1000;

    // one run with a fixed seed: the samples below are drawn from the property's source of randomness
    @Property(tries = 1, seed = "42")
    void samplesOfPairsHoldEveryGeneratedKindAndDependentsCase() {
        Set<String> seen = new TreeSet<>();
        Arbitrary<SchemaPair> pairs = SchemaArbitraries.schemaPairs();
        for (SchemaPair pair : pairs.sampleStream().limit(SAMPLES).toList()) {
            for (SchemaModel m : Stream.of(pair.from(), pair.to()).toList()) {
                for (SchemaObject o : m.objects()) {
                    seen.add(o.id().kind().name());
                    if (o instanceof View v && v.query().contains("\"gx_v")) {
                        seen.add("view over a view");
                    }
                    if (o instanceof View v && v.checkOption() != CheckOption.NONE) {
                        seen.add("check option");
                    }
                    if (o instanceof Trigger t && t.enabled() == TriggerEnabled.DISABLED) {
                        seen.add("disabled trigger");
                    }
                    if (o instanceof Privileges p) {
                        seen.add("grant on " + p.target().kind());
                    }
                }
                if (m.tables().stream().flatMap(t -> t.columns().stream()).anyMatch(c -> c.type() instanceof UserDefinedType u
                        && u.name().name().startsWith("gx_d"))) {
                    seen.add("domain column");
                }
            }
            for (Table t : pair.from().tables()) {
                Table after = pair.to().table(t.name()).orElse(null);
                if (t.hierarchy().partitioned()) {
                    seen.add("partitioned " + t.hierarchy().partitionBy().strategy());
                }
                if (t.hierarchy().partitioned() && t.hierarchy().isPartition()) {
                    seen.add("sub-partitioned");
                }
                if (t.hierarchy().isPartition() && t.hierarchy().partitionOf().bound().equals("DEFAULT")) {
                    seen.add("default partition");
                }
                if (after != null && t.hierarchy().isPartition() != after.hierarchy().isPartition()) {
                    seen.add(t.hierarchy().isPartition() ? "detached" : "attached");
                }
            }
            pair.from().objects(View.class).forEach(v -> {
                SchemaObject after = pair.to().object(v.id()).orElse(null);
                if (after != null && !after.equals(v)) {
                    seen.add("view changed between A and B");
                }
            });
        }
        for (String expected : new String[] {ObjectKind.VIEW.name(), ObjectKind.MATERIALIZED_VIEW.name(),
                ObjectKind.TRIGGER.name(), ObjectKind.DOMAIN.name(), ObjectKind.COMPOSITE_TYPE.name(),
                ObjectKind.RANGE_TYPE.name(), ObjectKind.POLICY.name(), ObjectKind.ROW_SECURITY.name(),
                ObjectKind.PRIVILEGES.name(), ObjectKind.FUNCTION.name(), "view over a view", "check option",
                "disabled trigger", "domain column", "view changed between A and B", "grant on TABLE", "grant on COLUMN",
                "grant on VIEW", "grant on MATERIALIZED_VIEW", "grant on SCHEMA", "grant on FUNCTION", "partitioned RANGE",
                "partitioned LIST", "partitioned HASH", "sub-partitioned", "default partition", "detached", "attached"}) {
            assertTrue(seen.contains(expected), expected + " never generated; seen " + seen);
        }
    }
}
