package dev.molt.frontend.suite;

import java.nio.file.Files;
import java.nio.file.Path;

/** The checkout the tests run in (Maven runs them from the module folder; IDEs sometimes from the root). */
public final class Repo {
    private Repo() {}

    public static Path root() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.isRegularFile(p.resolve("compiler/frontend/gen/gen_ast.py"))) return p;
        }
        throw new IllegalStateException("not inside a Molt checkout: " + Path.of("").toAbsolutePath());
    }
}
