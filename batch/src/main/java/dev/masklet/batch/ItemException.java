package dev.masklet.batch;

/** A problem with one item (its media, prompts or range): the item fails with this reason, the job goes on. */
final class ItemException extends Exception {
    private static final long serialVersionUID = 1L;

    ItemException(String reason) {
        super(reason);
    }
}
