package dev.masklet.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.masklet.cli.CliException;

/** masklet-batch's command line, read by masklet-cli's parser: what it gives and how bad input is named. */
class ArgsTest {
    @Test
    void optionsBecomeTheJobsConfiguration() throws CliException {
        Args a = Args.parse(new String[] {"--manifest", "hdfs:///in/m.jsonl", "--out", "s3a://b/out", "--threads",
            "3", "--exports", "coco, mot,,", "--model", "sam2.1-tiny", "--models", "/models"});
        assertEquals("hdfs:///in/m.jsonl", a.manifest());
        assertEquals(new JobConfig("s3a://b/out", "/models", "sam2.1-tiny", 3, List.of("coco", "mot")), a.config());
    }

    @Test
    void leftOutOptionsTakeTheirDefaults() throws CliException {
        JobConfig c = Args.parse(new String[] {"--out", "o", "--manifest", "m"}).config();
        assertEquals(0, c.threads(), "0: one per core");
        assertEquals(BatchJob.DEFAULT_EXPORTS, c.exports());
        assertNull(c.models());
        assertNull(c.model());
    }

    @Test
    void badCommandLinesAreUsageErrorsNamingTheOption() {
        String[][] bad = {
            {"--manifest", "m"},
            {"--out", "o", "--manifest"},
            {"--manifest", "m", "--out", "o", "--colour", "red"},
            {"--manifest", "m", "--out", "o", "--threads", "many"},
            {"--manifest", "m", "--manifest", "n", "--out", "o"},
            {"m.jsonl"}};
        String[] said = {"missing --out", "option --manifest needs a value",
            "masklet-batch: unknown option '--colour'", "--threads needs a positive number, got 'many'",
            "option --manifest is given twice", "masklet-batch: unknown argument 'm.jsonl'"};
        for (int i = 0; i < bad.length; i++) {
            String[] args = bad[i];
            CliException e = assertThrows(CliException.class, () -> Args.parse(args), String.join(" ", args));
            assertEquals(said[i], e.getMessage(), "no masklet-cli help hint: the job prints its usage after it");
            assertEquals(CliException.USAGE, e.exitCode());
        }
    }
}
