package dev.molt.service.api.build;

import dev.molt.service.api.build.ApiProblem.Kind;
import dev.molt.service.v1.OptLevel;
import dev.molt.service.v1.Target;
import java.util.Locale;

/** The {@code target} and {@code opt} fields: their spellings, defaults and checks. */
public final class BuildOptions {
  private BuildOptions() {}

  /** "native" (the default when blank) or "wasm". */
  public static Target target(String field) {
    if (field == null || field.isBlank()) {
      return Target.TARGET_NATIVE;
    }
    return switch (field.trim().toLowerCase(Locale.ROOT)) {
      case "native" -> Target.TARGET_NATIVE;
      case "wasm" -> Target.TARGET_WASM;
      default -> throw new ApiProblem(Kind.BAD_FIELD,
          "target must be 'native' or 'wasm', not '" + field + "'");
    };
  }

  /** "O0", "O2" (the default when blank) or "O3". */
  public static OptLevel opt(String field) {
    if (field == null || field.isBlank()) {
      return OptLevel.OPT_O2;
    }
    return switch (field.trim()) {
      case "O0" -> OptLevel.OPT_O0;
      case "O2" -> OptLevel.OPT_O2;
      case "O3" -> OptLevel.OPT_O3;
      default -> throw new ApiProblem(Kind.BAD_FIELD,
          "opt must be 'O0', 'O2' or 'O3', not '" + field + "'");
    };
  }

  /** A gRPC request's target, with UNSPECIFIED meaning the default. */
  public static Target target(Target requested) {
    return switch (requested) {
      case TARGET_UNSPECIFIED, TARGET_NATIVE -> Target.TARGET_NATIVE;
      case TARGET_WASM -> Target.TARGET_WASM;
      case UNRECOGNIZED -> throw new ApiProblem(Kind.BAD_FIELD, "unknown target");
    };
  }

  /** A gRPC request's optimization level, with UNSPECIFIED meaning O2. */
  public static OptLevel opt(OptLevel requested) {
    return switch (requested) {
      case OPT_UNSPECIFIED, OPT_O2 -> OptLevel.OPT_O2;
      case OPT_O0 -> OptLevel.OPT_O0;
      case OPT_O3 -> OptLevel.OPT_O3;
      case UNRECOGNIZED -> throw new ApiProblem(Kind.BAD_FIELD, "unknown opt level");
    };
  }

  public static String name(Target target) {
    return target == Target.TARGET_WASM ? "wasm" : "native";
  }

  public static String name(OptLevel opt) {
    return switch (opt) {
      case OPT_O0 -> "O0";
      case OPT_O3 -> "O3";
      default -> "O2";
    };
  }
}
