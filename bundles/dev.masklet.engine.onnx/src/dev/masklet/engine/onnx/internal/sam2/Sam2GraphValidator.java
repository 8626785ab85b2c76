package dev.masklet.engine.onnx.internal.sam2;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import ai.onnxruntime.NodeInfo;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import ai.onnxruntime.TensorInfo;

/**
 * Compares an opened graph with {@link Sam2Graph}'s expectations and reports every difference at once, naming the
 * file, so that a wrong or re-exported model fails with one readable message instead of an ONNX Runtime shape error
 * on the first tracked frame.
 */
final class Sam2GraphValidator {
    private Sam2GraphValidator() {
    }

    static void validate(Sam2Graph graph, OrtSession session, Sam2Config config) throws OrtException {
        List<String> problems = new ArrayList<>();
        Map<String, NodeInfo> inputs = session.getInputInfo();
        List<Sam2Graph.Port> expectedInputs = graph.inputs(config);
        checkPorts("input", expectedInputs, inputs, problems);
        Set<String> unknown = new TreeSet<>(inputs.keySet());
        expectedInputs.forEach(port -> unknown.remove(port.name()));
        if (!unknown.isEmpty()) {
            problems.add("has inputs the host does not feed: " + unknown);
        }
        // Extra outputs are harmless: the host fetches its outputs by name.
        checkPorts("output", graph.outputs(config), session.getOutputInfo(), problems);
        if (!problems.isEmpty()) {
            throw new Sam2Exception(graph.fileName + " does not match the SAM 2 host contract: "
                    + String.join("; ", problems));
        }
    }

    private static void checkPorts(String kind, List<Sam2Graph.Port> expected, Map<String, NodeInfo> actual,
            List<String> problems) {
        for (Sam2Graph.Port port : expected) {
            NodeInfo node = actual.get(port.name());
            if (node == null) {
                problems.add(kind + " '" + port.name() + "' is missing (has " + actual.keySet() + ")");
                continue;
            }
            if (!(node.getInfo() instanceof TensorInfo info)) {
                problems.add(kind + " '" + port.name() + "' is not a tensor");
                continue;
            }
            if (info.type != port.type()) {
                problems.add(kind + " '" + port.name() + "' has element type " + info.type + ", expected "
                        + port.type());
            }
            if (!shapeFits(info.getShape(), port.shape())) {
                problems.add(kind + " '" + port.name() + "' has shape " + describe(info.getShape()) + ", expected "
                        + describe(port.shape()));
            }
        }
    }

    /** A fixed expected axis accepts a dynamic one (it will simply get that length); a dynamic one needs dynamic. */
    private static boolean shapeFits(long[] actual, long[] expected) {
        if (actual.length != expected.length) {
            return false;
        }
        for (int i = 0; i < actual.length; i++) {
            boolean actualDynamic = actual[i] < 0;
            if (expected[i] == Sam2Graph.DYNAMIC ? !actualDynamic : !(actualDynamic || actual[i] == expected[i])) {
                return false;
            }
        }
        return true;
    }

    private static String describe(long[] shape) {
        return Arrays.toString(Arrays.stream(shape).mapToObj(d -> d < 0 ? "dynamic" : Long.toString(d))
                .toArray());
    }
}
