package it.sportello.benchmark.load;

/** An operation whose answer was not the one the scenario expects: counted as an error, never timed. */
public final class OperationFailed extends RuntimeException {
    public OperationFailed(String message) {
        super(message, null, false, false);
    }
}
