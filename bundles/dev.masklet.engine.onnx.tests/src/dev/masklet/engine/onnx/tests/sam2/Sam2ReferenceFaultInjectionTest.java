package dev.masklet.engine.onnx.tests.sam2;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.io.IOException;
import java.util.EnumSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import dev.masklet.engine.onnx.internal.sam2.Sam2Model;
import dev.masklet.engine.onnx.internal.sam2.Sam2VideoTracker;

/**
 * Shows that the reference comparison has teeth: with each typical host bug of CONTRACT.md §8 injected ({@link
 * HostBug}: the graphs are fed what the buggy host loop would feed them), replaying the fixture's script must leave
 * the tolerances. A replay stops at the first step that does, so the test costs far less than one full replay per
 * bug.
 */
class Sam2ReferenceFaultInjectionTest {
    private static Sam2Fixture fixture;

    @BeforeAll
    static void loadFixture() throws IOException {
        fixture = Sam2Fixture.load();
    }

    @TestFactory
    Stream<DynamicTest> eachInjectedFaultIsDetected() {
        return EnumSet.allOf(HostBug.class).stream()
                .map(bug -> dynamicTest(bug.name(), () -> assertDetected(bug)));
    }

    private static void assertDetected(HostBug fault) throws IOException {
        long start = System.nanoTime();
        Sam2ReferenceComparison comparison = new Sam2ReferenceComparison(fixture);
        int steps;
        try (Sam2Model model = Sam2Model.open(fixture.dir, Sam2ReferenceTest.THREADS, fault::inject);
                Sam2VideoTracker tracker = new Sam2VideoTracker(model, fixture.frames(),
                        Sam2ReferenceTest.referenceOptions())) {
            steps = Sam2ReferenceReplay.run(tracker, fixture.reference.getAsJsonObject("prompts"),
                    comparison::accept).size();
        }
        System.out.printf("%s: detected after %d steps (%.1f s): %s%n", fault, steps,
                (System.nanoTime() - start) / 1e9, comparison.summary());
        assertFalse(comparison.withinTolerance(), fault + " went unnoticed: " + comparison.summary());
        assertTrue(comparison.structuralProblems.isEmpty(),
                fault + " must be caught by the numbers, not by the step structure: " + comparison.summary());
    }
}
