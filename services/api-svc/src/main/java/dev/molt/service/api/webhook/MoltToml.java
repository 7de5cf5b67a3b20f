package dev.molt.service.api.webhook;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.toml.TomlMapper;
import dev.molt.service.api.build.ApiProblem;
import dev.molt.service.api.build.ApiProblem.Kind;
import dev.molt.service.api.build.BuildOptions;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * {@code molt.toml} at a repository's root: what a push builds (docs/decisions/0062).
 * <pre>
 * entries = ["app.py", "tools/report.py"]   # required: entry modules, paths from the root
 * targets = ["native", "wasm"]              # optional, default ["native"]
 * opt = "O2"                                # optional: O0, O2 (default) or O3
 * </pre>
 */
public record MoltToml(List<String> entries, List<String> targets, String opt) {
  public static final String FILE = "molt.toml";
  private static final TomlMapper TOML = new TomlMapper();
  private static final Set<String> KEYS = Set.of("entries", "targets", "opt");

  public static MoltToml parse(byte[] text) {
    JsonNode root;
    try {
      root = TOML.readTree(text);
    } catch (IOException e) {
      throw bad("is not valid TOML: " + firstLine(e.getMessage()));
    }
    root.fieldNames().forEachRemaining(k -> {
      if (!KEYS.contains(k)) {
        throw bad("has an unknown key '" + k + "' (known: entries, targets, opt)");
      }
    });
    List<String> entries = strings(root, "entries");
    if (entries.isEmpty()) {
      throw bad("needs entries = [\"main.py\", ...]: the entry modules to build");
    }
    for (String entry : entries) {
      if (!entry.endsWith(".py")) {
        throw bad("lists an entry that is not a .py file: '" + entry + "'");
      }
    }
    List<String> targets = strings(root, "targets");
    JsonNode opt = root.path("opt");
    if (!opt.isMissingNode() && !opt.isTextual()) {
      throw bad("has an opt that is not a string");
    }
    return of(entries, targets.isEmpty() ? List.of("native") : targets, opt.isTextual() ? opt.asText() : "O2");
  }

  /** Checked values: targets "native"/"wasm", opt "O0"/"O2"/"O3", no duplicates. */
  public static MoltToml of(List<String> entries, List<String> targets, String opt) {
    for (String target : targets) {
      BuildOptions.target(target);  // refuses anything but native and wasm
    }
    BuildOptions.opt(opt);
    return new MoltToml(List.copyOf(new LinkedHashSet<>(entries)), List.copyOf(new LinkedHashSet<>(targets)), opt);
  }

  private static List<String> strings(JsonNode root, String key) {
    JsonNode node = root.path(key);
    List<String> out = new ArrayList<>();
    if (node.isMissingNode()) {
      return out;
    }
    if (!node.isArray()) {
      throw bad("has a " + key + " that is not a list of strings");
    }
    for (JsonNode item : node) {
      if (!item.isTextual() || item.asText().isBlank()) {
        throw bad("has a " + key + " that is not a list of strings");
      }
      out.add(item.asText().strip());
    }
    return out;
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "unreadable";
    }
    int nl = message.indexOf('\n');
    return nl < 0 ? message : message.substring(0, nl);
  }

  private static ApiProblem bad(String what) {
    return new ApiProblem(Kind.BAD_ARCHIVE, FILE + " " + what);
  }
}
