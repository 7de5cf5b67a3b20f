package dev.molt.service.common;

import dev.molt.service.v1.BuildConfig;
import dev.molt.service.v1.Diagnostic;
import dev.molt.service.v1.Stage;
import java.util.List;

/**
 * One compile stage as a service runs it: input artifact bytes in, output artifact bytes or
 * diagnostics out. Implemented by each stage service over its stage function in compiler/driver.
 */
public interface StageHandler {
    Stage stage();

    /**
     * Runs the stage. Program errors are an {@link Outcome} with diagnostics, never an exception.
     *
     * @throws BadInputException the input is not what this stage reads (a broken pipeline or a
     *                           refused upload): the build fails with that reason, no retry
     */
    Outcome run(BuildConfig config, byte[] input) throws BadInputException;

    /** The stage's output, or null with error diagnostics; warnings may come with an output. */
    record Outcome(byte[] output, List<Diagnostic> diagnostics) {
        public Outcome {
            diagnostics = List.copyOf(diagnostics);
        }

        public boolean ok() {
            return output != null;
        }
    }

    /** The input cannot be used by this stage at all; the message is the build's failure reason. */
    final class BadInputException extends Exception {
        private static final long serialVersionUID = 1L;

        public BadInputException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
