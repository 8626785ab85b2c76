package dev.masklet.batch;

import java.io.Serializable;

/**
 * Called by a task after an item's results are written to its attempt folder and before they are moved into place;
 * lets a test make an attempt fail at the worst moment. The job itself passes none.
 */
@FunctionalInterface
public interface ItemHook extends Serializable {
    void beforeCommit(BatchItem item, int attemptNumber) throws Exception;
}
