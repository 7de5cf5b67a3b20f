package dev.molt.link;

import dev.molt.codegen.Target;
import java.nio.file.Path;

/** A built {@code libmolt_rt.a} for one target; {@code key} is the content hash it is cached under. */
public record RuntimeLibrary(Target target, Path archive, String key) {}
