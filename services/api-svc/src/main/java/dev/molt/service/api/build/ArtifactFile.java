package dev.molt.service.api.build;

import dev.molt.service.v1.BuildConfig;
import dev.molt.service.v1.Target;

/** How a build's artifact is named for download. */
public final class ArtifactFile {
  private ArtifactFile() {}

  /** The entry module's stem ("app" for "pkg/app.py"), with ".wasm" for a WASM build. */
  public static String name(BuildConfig config) {
    String entry = config.getEntry();
    String base = entry.substring(entry.lastIndexOf('/') + 1);
    String stem = base.endsWith(".py") ? base.substring(0, base.length() - 3) : base;
    if (stem.isEmpty()) {
      stem = "program";
    }
    return config.getTarget() == Target.TARGET_WASM ? stem + ".wasm" : stem;
  }

  public static String mediaType(BuildConfig config) {
    return config.getTarget() == Target.TARGET_WASM ? "application/wasm" : "application/octet-stream";
  }
}
