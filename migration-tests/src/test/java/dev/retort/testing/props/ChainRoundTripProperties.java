package dev.retort.testing.props;

import dev.retort.diff.DiffResult;
import dev.retort.diff.normalize.Normalizer;
import dev.retort.postgres.TestDatabases;
import dev.retort.runner.RevisionParts;
import dev.retort.runner.ScriptFiles;
import dev.retort.schema.model.SchemaModel;
import dev.retort.testing.gen.SchemaArbitraries;
import dev.retort.testing.gen.SchemaPair;
import dev.retort.testkit.ChainReport;
import dev.retort.testkit.RetortTestKit;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterProperty;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import static dev.retort.testing.props.Plans.ENGINE;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * P7: migration chains that Retort generates round-trip through the runner. For a generated A and B, the chain
 * is "create A" then "A to B", written as the {@code revision} command writes them (non-transactional runs as
 * parts of their own); the test kit then round-trips each migration (upgrade, downgrade back to the snapshot,
 * upgrade again to the same schema) and checks that the chain builds B.
 */
class ChainRoundTripProperties {

    private static final String P7 = "P7 generated migration chains round-trip through the runner";

    private final Normalizer normalizer = new Normalizer(TestDatabases.server());

    ChainRoundTripProperties() {
        GeneratedRoles.ensure();
    }

    @Property(tries = 2)
    void generatedChainsRoundTrip(@ForAll("pairs") SchemaPair pair) throws IOException {
        TryClock.tick(P7);
        SchemaModel a = normalizer.normalize(pair.from());
        SchemaModel b = normalizer.normalize(pair.to());
        Path folder = Files.createTempDirectory("retort-chain-");
        try {
            String previous = "base";
            int version = 1;
            for (DiffResult step : List.of(ENGINE.diff(SchemaModel.empty(), a), ENGINE.diff(a, b))) {
                if (step.isEmpty()) {
                    continue;
                }
                for (RevisionParts.Part part : RevisionParts.of(step, "step " + version)) {
                    ScriptFiles.write(folder, Integer.toString(version), "step " + version, List.of(previous),
                            part.upgradeSql(), part.downgradeSql());
                    previous = Integer.toString(version);
                    version++;
                }
            }
            String[] schemas = a.schemas().toArray(String[]::new);
            ChainReport report = RetortTestKit.migrations(folder.toString()).schemas(schemas).roundTrip();
            assertFalse(report.migrations().isEmpty());
            RetortTestKit.migrations(folder.toString()).schemas(schemas).checkMigrations(b);
        } finally {
            try (Stream<Path> files = Files.walk(folder)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    @AfterProperty
    void report() {
        TryClock.report(P7);
    }

    @Provide
    Arbitrary<SchemaPair> pairs() {
        return SchemaArbitraries.schemaPairs();
    }
}
