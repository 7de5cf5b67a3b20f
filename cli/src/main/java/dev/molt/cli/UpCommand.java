package dev.molt.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * Sets up a machine. The {@code ./molt} launcher builds every module before calling this; the
 * hosted service it will start does not exist yet, so for now it says what it will do.
 */
@Command(name = "up", description = "Build everything and (later) start the hosted compile service locally.")
public final class UpCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        out.println("molt up: every module is built; the command line is ready (./molt --help).");
        out.println("The hosted compile service does not exist yet. Once it does, `molt up` will start, on this");
        out.println("machine and with nothing else installed:");
        out.println("  - a single-node Kafka broker (KRaft) and an S3-compatible object store on the loopback,");
        out.println("    keeping their data under .molt/");
        out.println("  - parser-svc, lowering-svc, codegen-svc and link-svc (one per compiler stage)");
        out.println("  - api-svc (REST, gRPC, CI webhook and the web UI), and print its address.");
        out.println("Until then: ./molt parse FILE... checks Python 3.12 syntax; ./molt test runs the test suite.");
        return ExitCode.OK;
    }
}
