package dev.molt.service.api.access;

import dev.molt.service.api.build.ApiProblem;
import dev.molt.service.api.build.ApiProblem.Kind;
import dev.molt.service.common.InfrastructureException;
import dev.molt.service.records.RecordStore;
import dev.molt.service.v1.AccessRecord;
import dev.molt.service.v1.ApiToken;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * API tokens (docs/decisions/0061): each belongs to one team. A token is 256 random bits; only
 * its SHA-256 is stored, under {@code token/<sha256>} in the records topic, so a copy of the topic
 * holds no usable token.
 */
public final class Tokens {
  static final String KEY_PREFIX = "token/";
  /** Shown in front of every token, so a leaked one is recognisable in logs and scanners. */
  static final String TOKEN_PREFIX = "molt_";
  private static final Pattern TEAM = Pattern.compile("[a-z0-9][a-z0-9._-]{0,63}");

  private final RecordStore records;
  private final Clock clock;

  public Tokens(RecordStore records, Clock clock) {
    this.records = records;
    this.clock = clock;
  }

  /** A new token of {@code team}; the only time the token itself exists outside its holder. */
  public String issue(String team, String label) {
    String name = team(team);
    String token = Secrets.random(TOKEN_PREFIX);
    String sha = Secrets.sha256Hex(token);
    ApiToken record = ApiToken.newBuilder().setSha256(sha).setTeam(name).setCreatedMs(clock.millis())
        .setLabel(label == null ? "" : label.strip()).build();
    try {
      records.put(KEY_PREFIX + sha, AccessRecord.newBuilder().setToken(record).build());
    } catch (InfrastructureException e) {
      throw new ApiProblem(Kind.UNAVAILABLE, e.getMessage());
    }
    return token;
  }

  /** The team of a token, if it is one this service issued. */
  public Optional<String> teamOf(String token) {
    return records.get(KEY_PREFIX + Secrets.sha256Hex(token))
        .filter(AccessRecord::hasToken).map(r -> r.getToken().getTeam());
  }

  /** A team name as written in records: lowercase letters, digits, '.', '_', '-'; up to 64. */
  public static String team(String name) {
    String n = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
    if (!TEAM.matcher(n).matches()) {
      throw new ApiProblem(Kind.BAD_FIELD, "a team name is 1 to 64 lowercase letters, digits, '.', '_' or '-'"
          + " starting with a letter or digit, not '" + name + "'");
    }
    return n;
  }
}
