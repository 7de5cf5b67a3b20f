package dev.molt.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * Listed so that {@code molt --help} shows it. The service runs from the services/launcher module,
 * not from this jar, so the {@code ./molt} launcher script starts it; reaching this class means the
 * jar was run directly.
 */
@Command(name = "up", description = {
        "Start the hosted compile service on this machine (done by the ./molt launcher: ./molt up [--data DIR] [--port N]):",
        "embedded Kafka and S3 over .molt/, parser-svc, lowering-svc, codegen-svc, link-svc and api-svc,",
        "with the API and web UI on http://127.0.0.1:8080. Ctrl-C stops it."})
public final class UpCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().getErr().println(
                "molt: 'up' is run by the launcher script: use ./molt up from the repository root");
        return ExitCode.USAGE_OR_IO;
    }
}
