package dev.retort.diff.change;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

class InverseLawTest {

    static List<SchemaChange> changes() {
        return SampleChanges.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("changes")
    void inverseOfInverseIsTheChange(SchemaChange change) {
        assertEquals(change, change.inverse().inverse());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("changes")
    void inverseIsADifferentChange(SchemaChange change) {
        assertNotEquals(change, change.inverse());
    }

    @Test
    void samplesCoverEveryChangeType() {
        Set<Class<?>> permitted = Arrays.stream(SchemaChange.class.getPermittedSubclasses()).collect(Collectors.toSet());
        Set<Class<?>> sampled = SampleChanges.all().stream().map(Object::getClass).collect(Collectors.toSet());
        assertEquals(permitted, sampled);
    }

    @Test
    void dropsCarryTheWholeObject() {
        DropTable drop = (DropTable) new CreateTable(SampleChanges.USERS_TABLE).inverse();
        assertEquals(SampleChanges.USERS_TABLE, drop.table());
        assertEquals(new AddColumn(SampleChanges.USERS, SampleChanges.EMAIL),
                new DropColumn(SampleChanges.USERS, SampleChanges.EMAIL).inverse());
    }

    @Test
    void enumValueAdditionInvertsToARecreateThatInvertsBack() {
        AlterEnum add = new AlterEnum(SampleChanges.MOOD, SampleChanges.MOOD_WIDER, List.of(), List.of());
        AlterEnum remove = (AlterEnum) add.inverse();
        assertEquals(true, add.onlyAddsValues());
        assertEquals(false, remove.onlyAddsValues());
        assertEquals(List.of("meh"), remove.removedValues());
        assertEquals(add, remove.inverse());
    }
}
