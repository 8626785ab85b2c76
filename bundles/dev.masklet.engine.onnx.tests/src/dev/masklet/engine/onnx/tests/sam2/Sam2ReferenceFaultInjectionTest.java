package dev.masklet.engine.onnx.tests.sam2;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.io.IOException;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import dev.masklet.engine.onnx.internal.sam2.Sam2HostFault;
import dev.masklet.engine.onnx.internal.sam2.Sam2Model;
import dev.masklet.engine.onnx.internal.sam2.Sam2VideoTracker;

/**
 * Shows that the reference comparison has teeth: with each typical host bug of CONTRACT.md §8 injected, replaying
 * the fixture's script must leave the tolerances. A replay stops at the first step that does, so the test costs
 * far less than one full replay per fault.
 */
class Sam2ReferenceFaultInjectionTest {
    private static Sam2Fixture fixture;
    private static Sam2Model model;

    @BeforeAll
    static void openModel() throws IOException {
        fixture = Sam2Fixture.load();
        model = Sam2Model.open(fixture.dir, Sam2ReferenceTest.THREADS);
    }

    @AfterAll
    static void closeModel() {
        if (model != null) {
            model.close();
        }
    }

    @TestFactory
    Stream<DynamicTest> eachInjectedFaultIsDetected() {
        return EnumSet.allOf(Sam2HostFault.class).stream()
                .map(fault -> dynamicTest(fault.name(), () -> assertDetected(fault)));
    }

    private static void assertDetected(Sam2HostFault fault) throws IOException {
        long start = System.nanoTime();
        Sam2ReferenceComparison comparison = new Sam2ReferenceComparison(fixture);
        int steps;
        try (Sam2VideoTracker tracker = new Sam2VideoTracker(model, fixture.frames(),
                Sam2ReferenceTest.referenceOptions().withFaults(Set.of(fault)))) {
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
